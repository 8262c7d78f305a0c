package id.kriya.council;

import org.springframework.modulith.NamedInterface;

/** A council as other modules and pages see it. {@code parentCode} is null for a province. */
@NamedInterface("api")
public record CouncilView(long id, String code, String name, String areaName, CouncilKind kind, String parentCode) {

    public boolean isProvince() {
        return kind == CouncilKind.PROVINCE;
    }
}
