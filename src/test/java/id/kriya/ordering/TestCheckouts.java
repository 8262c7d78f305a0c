package id.kriya.ordering;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.CartView;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.Destination;
import id.kriya.shipping.Parcel;
import id.kriya.shipping.ShippingQuote;
import id.kriya.shipping.ShippingRates;
import org.springframework.stereotype.Component;

/** Checkouts as a buyer submits them: the cheapest courier for each artisan, and the total the buyer was shown. */
@Component
public class TestCheckouts {

    public static final ShippingAddress DENPASAR = new ShippingAddress("ID", "51.71", "Kota Denpasar",
            "Denpasar Selatan", "80225", "Jl. Tukad Badung No. 12");
    public static final ShippingAddress AMSTERDAM = new ShippingAddress("NL", null, "Amsterdam", null, "1012 AB",
            "Damrak 70");

    private final ShoppingCart cart;
    private final ShippingRates rates;

    TestCheckouts(ShoppingCart cart, ShippingRates rates) {
        this.cart = cart;
        this.rates = rates;
    }

    public CheckoutRequest of(CartOwner owner, ShippingAddress address) {
        CartView view = cart.view(owner);
        Map<Long, String> deliveries = new HashMap<>();
        Rupiah total = Rupiah.ZERO;
        for (CartView.Group group : view.groups()) {
            ShippingQuote quote = cheapestCourier(group, address);
            deliveries.put(group.businessId(), quote.courier().name());
            total = total.plus(group.itemsTotal()).plus(quote.cost());
        }
        return new CheckoutRequest(UUID.randomUUID(), owner,
                new Contact("Sarah Thompson", "sarah@example.com", "+31612345678", Locale.ENGLISH), address,
                deliveries, total);
    }

    /** A tracking number in the format of the order's courier. */
    public static String trackingFor(OrderView order) {
        return switch (order.courier()) {
            case JNE -> "JNE0012345678";
            case JNT -> "JP1234567890";
            case SICEPAT -> "001234567890";
            case POS_INDONESIA -> "P2411250012";
            case EMS, POS_EKSPOR -> "EE123456785ID";
        };
    }

    private ShippingQuote cheapestCourier(CartView.Group group, ShippingAddress address) {
        Parcel parcel = Parcel.of(group.lines().stream().map(line -> new Parcel.Piece(line.parcelWeightGrams(),
                line.parcelLengthCm(), line.parcelWidthCm(), line.parcelHeightCm(), line.quantity())).toList());
        Destination destination = address.isAbroad() ? Destination.abroad(address.country())
                : Destination.home(address.regionCode());
        return rates.quotes(group.businessId(), group.regionCode(), destination, parcel).stream()
                .filter(quote -> !quote.isPickup()).findFirst().orElseThrow();
    }
}
