package id.kriya.ordering;

/** A buyer placed an order with an artisan; its pieces are taken from stock until it is paid or expires. */
public record OrderPlaced(long orderId, String number, long businessId) {
}
