package id.kriya.trust;

import java.time.Instant;

/**
 * A complaint went to mediation by an officer of the artisan's regency (or province), and why; {@code decideBy}
 * is the officers' target for a decision.
 */
public record ComplaintEscalated(String number, String orderNumber, long businessId, String regionCode, Cause cause,
                                 Instant decideBy) {

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
