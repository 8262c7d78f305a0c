package id.kriya.council;

/** A council as other modules and pages see it. {@code parentCode} is null for a province. */
public record CouncilView(long id, String code, String name, String areaName, CouncilKind kind, String parentCode) {

    public boolean isProvince() {
        return kind == CouncilKind.PROVINCE;
    }
}
