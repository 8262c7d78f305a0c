package id.kriya.payment.gateway;

import java.util.List;
import java.util.Objects;

import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;

/**
 * A payment to take by card through the gateway: for a reference (an order number) and a business, exactly
 * {@code amount}, made up of {@code items} (which add up to it), from this buyer, who returns to {@code returnUrl}.
 */
@NamedInterface("api")
public record GatewayCharge(String reference, long businessId, Rupiah amount, List<Item> items, Payer payer,
                            String returnUrl) {

    public GatewayCharge {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payer, "payer");
        items = List.copyOf(items);
        Rupiah sum = items.stream().map(item -> item.price().times(item.quantity())).reduce(Rupiah.ZERO, Rupiah::plus);
        if (!sum.equals(amount)) {
            throw new IllegalArgumentException("The items add up to " + sum + ", not " + amount);
        }
    }

    public record Item(String id, String name, Rupiah price, int quantity) {
    }

    /** Who pays, and where the goods go ({@code country} as an ISO 3166 two-letter code). */
    public record Payer(String name, String email, String phone, String address, String city, String postalCode,
                        String country) {
    }
}
