package id.kriya.ordering;

import org.springframework.modulith.NamedInterface;

/** A buyer placed an order with an artisan; its pieces are taken from stock until it is paid or expires. */
@NamedInterface("api")
public record OrderPlaced(long orderId, String number, long businessId) {
}
