package id.kriya.trust;

/** A complaint closed, and with it its order: completed, or refunded when the whole total went back. */
public record ComplaintClosed(String number, String orderNumber, long businessId, String regionCode,
                              ComplaintOutcome outcome, long refunded) {
}
