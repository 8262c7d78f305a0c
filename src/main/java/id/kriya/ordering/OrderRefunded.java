package id.kriya.ordering;

/** The artisan paid back the money of a paid order they cancelled. */
public record OrderRefunded(long orderId, String number, long businessId) {
}
