package id.kriya.trust.complaint;

/** One kind of line in a complaint's thread. */
public enum EntryKind {
    OPENED, MESSAGE, ACCEPTED, OFFERED, REJECTED, OFFER_ACCEPTED, ESCALATED, DECIDED, RETURN_SHIPPED,
    RETURN_RECEIVED, REFUND_PAID, REPLACEMENT_SHIPPED, REPLACEMENT_RECEIVED, WITHDRAWN, OVERDUE, CLOSED;

    public String messageKey() {
        return "complaint.entry." + name();
    }
}
