package id.kriya.ordering;

import java.util.List;
import java.util.UUID;

/** The orders a checkout made, one per artisan; {@code repeated} when this was a second submission of the same form. */
public record PlacedCheckout(UUID checkoutId, List<OrderView> orders, boolean repeated) {

    public PlacedCheckout {
        orders = List.copyOf(orders);
    }
}
