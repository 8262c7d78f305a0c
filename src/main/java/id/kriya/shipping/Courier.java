package id.kriya.shipping;

/** The couriers Kriya quotes: four at home, two that carry abroad (both through Pos Indonesia). */
public enum Courier {
    JNE("JNE", false),
    JNT("J&T Express", false),
    SICEPAT("SiCepat", false),
    POS_INDONESIA("POS Indonesia", false),
    EMS("EMS", true),
    POS_EKSPOR("Pos Ekspor", true);

    private final String displayName;
    private final boolean abroad;

    Courier(String displayName, boolean abroad) {
        this.displayName = displayName;
        this.abroad = abroad;
    }

    /** The courier's brand, written the same in both languages. */
    public String displayName() {
        return displayName;
    }

    /** Whether it carries abroad; a domestic courier serves only zones at home and the other way round. */
    public boolean servesAbroad() {
        return abroad;
    }

    public boolean serves(Zone zone) {
        return abroad == zone.isAbroad();
    }
}
