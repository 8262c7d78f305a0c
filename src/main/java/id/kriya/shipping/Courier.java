package id.kriya.shipping;

import org.springframework.modulith.NamedInterface;

/** The couriers Kriya quotes: four at home, two that carry abroad (both through Pos Indonesia). */
@NamedInterface("api")
public enum Courier {
    JNE("JNE", false, "https://www.jne.co.id/tracking-package?awb="),
    JNT("J&T Express", false, "https://jet.co.id/track?awb="),
    SICEPAT("SiCepat", false, "https://www.sicepat.com/checkAwb?awb="),
    POS_INDONESIA("POS Indonesia", false, "https://www.posindonesia.co.id/id/tracking?barcode="),
    EMS("EMS", true, "https://www.posindonesia.co.id/id/tracking?barcode="),
    POS_EKSPOR("Pos Ekspor", true, "https://www.posindonesia.co.id/id/tracking?barcode=");

    private final String displayName;
    private final boolean abroad;
    private final String trackingPage;

    Courier(String displayName, boolean abroad, String trackingPage) {
        this.displayName = displayName;
        this.abroad = abroad;
        this.trackingPage = trackingPage;
    }

    /** The courier's own page that shows where a parcel with this number is; EMS and Pos Ekspor go by Pos Indonesia. */
    String trackingPage(TrackingNumber number) {
        return trackingPage + number.value();
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
