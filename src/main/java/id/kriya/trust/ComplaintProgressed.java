package id.kriya.trust;

/**
 * A step in carrying out a complaint's remedy, or a message in its thread; {@code by} is who took it (the system
 * for a time that ran out).
 */
public record ComplaintProgressed(String number, String orderNumber, long businessId, String regionCode, Step step,
                                  ComplaintParty by) {

    public enum Step {
        MESSAGE, RETURN_SHIPPED, RETURN_RECEIVED, REFUND_PAID, REPLACEMENT_SHIPPED,
        /** The artisan let the time to pay a refund or send a replacement pass: officers are told. */
        OVERDUE
    }
}
