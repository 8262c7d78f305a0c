package id.kriya.shipping;

import org.springframework.modulith.NamedInterface;

/** What an artisan prepares to send a parcel abroad, by its chargeable weight. */
@NamedInterface("api")
public enum ExportPapers {
    /** Nothing: the parcel stays in Indonesia. */
    NONE,
    /** A postal consignment note (CN22/CN23) filled in at the post office: enough up to 30 kg. */
    CONSIGNMENT_NOTE,
    /** Above 30 kg: an export declaration (PEB) with customs, as for cargo. */
    EXPORT_DECLARATION;

    static final long CONSIGNMENT_NOTE_LIMIT_GRAMS = 30_000;

    public static ExportPapers forParcel(Zone zone, Parcel parcel) {
        if (!zone.isAbroad()) {
            return NONE;
        }
        return parcel.chargeableGrams() <= CONSIGNMENT_NOTE_LIMIT_GRAMS ? CONSIGNMENT_NOTE : EXPORT_DECLARATION;
    }
}
