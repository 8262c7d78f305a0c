package id.kriya.trust;

/** How a complaint ended. */
public enum ComplaintOutcome {
    /** The buyer withdrew it; the order completed. */
    WITHDRAWN,
    /** An officer decided it does not stand; the order completed. */
    REJECTED,
    /** The whole total went back to the buyer; the order ended refunded. */
    REFUNDED,
    /** Part of the total went back; the order completed. */
    PARTLY_REFUNDED,
    /** A replacement reached the buyer; the order completed. */
    REPLACED,
    /** The buyer did not send the piece back in time for a return; the order completed. */
    LAPSED;

    public String messageKey() {
        return "complaint.outcome." + name();
    }
}
