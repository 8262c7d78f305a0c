package id.kriya.trust.complaint;

import java.util.Set;

/** Where a complaint stands: whose turn it is, or that it is closed. */
public enum ComplaintStatus {
    /** Menunggu tanggapan perajin (2×24 hours, then mediation). */
    AWAITING_ARTISAN,
    /** The artisan offered something else; the buyer accepts it or asks for mediation (2×24 hours). */
    AWAITING_BUYER,
    /** Mediasi Dekranasda: an officer of the artisan's area decides. */
    MEDIATION,
    /** The buyer sends the piece back with a tracking number. */
    AWAITING_RETURN,
    /** The piece is on its way back; the artisan confirms receipt. */
    RETURN_SHIPPED,
    /** The artisan pays the refund back and shows the proof. */
    AWAITING_REFUND,
    /** The artisan sends a replacement with a tracking number. */
    AWAITING_REPLACEMENT,
    /** The replacement is on its way; the buyer confirms it arrived. */
    REPLACEMENT_SHIPPED,
    CLOSED;

    /** The steps whose deadline the scheduled work enforces (mediation's is only the officer's target). */
    static final Set<ComplaintStatus> ENFORCED = Set.of(AWAITING_ARTISAN, AWAITING_BUYER, AWAITING_RETURN,
            RETURN_SHIPPED, AWAITING_REFUND, AWAITING_REPLACEMENT, REPLACEMENT_SHIPPED);

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Before a remedy is settled: the buyer may still withdraw, and either side may ask for mediation. */
    public boolean isUnsettled() {
        return this == AWAITING_ARTISAN || this == AWAITING_BUYER || this == MEDIATION;
    }

    public String messageKey() {
        return "complaint.status." + name();
    }
}
