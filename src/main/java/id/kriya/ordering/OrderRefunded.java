package id.kriya.ordering;

import org.springframework.modulith.NamedInterface;

/** The artisan paid back the money of a paid order they cancelled. */
@NamedInterface("api")
public record OrderRefunded(long orderId, String number, long businessId) {
}
