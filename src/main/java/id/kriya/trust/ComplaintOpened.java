package id.kriya.trust;

/** A buyer opened a complaint on an order of this business (in this regency), which the artisan must now answer. */
public record ComplaintOpened(String number, String orderNumber, long businessId, String regionCode,
                              ComplaintReason reason, Remedy asked) {
}
