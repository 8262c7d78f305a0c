package id.kriya.ordering;

import java.util.Map;
import java.util.UUID;

import id.kriya.ordering.cart.CartOwner;
import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;

/**
 * A submitted checkout: its id (made when the form was shown, so a second submission is recognised), whose cart,
 * the buyer, the address, the delivery chosen per artisan business ({@link #PICKUP} or a courier's name), and what
 * the buyer saw: the {@link CheckoutPreview#fingerprint() fingerprint} of every price shown, or else (null) the
 * total; prices themselves are never taken from the form.
 */
@NamedInterface("api")
public record CheckoutRequest(UUID checkoutId, CartOwner cart, Contact buyer, ShippingAddress address,
                              Map<Long, String> deliveries, Rupiah expectedTotal, String seenPrices) {

    public static final String PICKUP = "PICKUP";

    public CheckoutRequest {
        deliveries = Map.copyOf(deliveries);
    }

    /** A checkout placed against the total the buyer saw. */
    public CheckoutRequest(UUID checkoutId, CartOwner cart, Contact buyer, ShippingAddress address,
                           Map<Long, String> deliveries, Rupiah expectedTotal) {
        this(checkoutId, cart, buyer, address, deliveries, expectedTotal, null);
    }

    /** A checkout placed against the prices the buyer saw: another delivery among those shown is no surprise. */
    public static CheckoutRequest seeing(UUID checkoutId, CartOwner cart, Contact buyer, ShippingAddress address,
                                         Map<Long, String> deliveries, String seenPrices) {
        return new CheckoutRequest(checkoutId, cart, buyer, address, deliveries, null, seenPrices);
    }
}
