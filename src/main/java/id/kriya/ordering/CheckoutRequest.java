package id.kriya.ordering;

import java.util.Map;
import java.util.UUID;

import id.kriya.shared.Rupiah;

/**
 * A submitted checkout: its id (made when the form was shown, so a second submission is recognised), whose cart,
 * the buyer, the address, the delivery chosen per artisan business ({@link #PICKUP} or a courier's name), and the
 * total the buyer saw; prices themselves are never taken from the form.
 */
public record CheckoutRequest(UUID checkoutId, CartOwner cart, Contact buyer, ShippingAddress address,
                              Map<Long, String> deliveries, Rupiah expectedTotal) {

    public static final String PICKUP = "PICKUP";

    public CheckoutRequest {
        deliveries = Map.copyOf(deliveries);
    }
}
