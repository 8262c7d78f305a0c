package id.kriya.trust;

/** A complaint went to mediation by an officer of the artisan's regency (or province), and why. */
public record ComplaintEscalated(String number, String orderNumber, long businessId, String regionCode, Cause cause) {

    public enum Cause {
        /** The artisan rejected the complaint. */
        REJECTED,
        /** The artisan did not answer in time. */
        ARTISAN_SILENT,
        /** The buyer did not answer the artisan's offer in time. */
        BUYER_SILENT,
        /** The buyer asked for it. */
        BUYER_ASKED,
        /** The artisan asked for it. */
        ARTISAN_ASKED
    }
}
