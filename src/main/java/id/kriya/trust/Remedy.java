package id.kriya.trust;

/**
 * What puts a complaint right: what the buyer asks for, what the artisan offers, what an officer decides. NONE is
 * an officer's decision that the complaint does not stand (the order completes as it is); nobody asks for it.
 */
public enum Remedy {
    FULL_REFUND, PARTIAL_REFUND, RETURN_AND_REFUND, REPLACEMENT, NONE;

    /** Money goes back to the buyer under it (after the piece comes back, for a return). */
    public boolean refunds() {
        return this == FULL_REFUND || this == PARTIAL_REFUND || this == RETURN_AND_REFUND;
    }

    public String messageKey() {
        return "complaint.remedy." + name();
    }
}
