package id.kriya.payment.gateway;

import java.util.List;
import java.util.Objects;

/**
 * What Kriya asks Midtrans Snap for: one transaction for {@code orderId} of exactly {@code grossAmount} rupiah, the
 * items that make it up (their price × quantity add up to the amount, as Snap requires), who pays, the payment
 * channels offered and where the buyer returns afterwards.
 */
public record SnapRequest(String orderId, long grossAmount, Customer customer, List<Item> items,
                          List<String> enabledPayments, String finishUrl) {

    /** Snap refuses item names longer than this. */
    public static final int MAX_ITEM_NAME = 50;

    public SnapRequest {
        if (orderId == null || !orderId.matches("[A-Za-z0-9._~-]{1,50}")) {
            throw new IllegalArgumentException("A Snap order_id of 1 to 50 letters, digits, '-', '_', '~' or '.'");
        }
        if (grossAmount <= 0) {
            throw new IllegalArgumentException("A positive gross amount");
        }
        Objects.requireNonNull(customer, "customer");
        items = List.copyOf(items);
        enabledPayments = List.copyOf(enabledPayments);
        long sum = items.stream().mapToLong(item -> Math.multiplyExact(item.price(), item.quantity())).sum();
        if (sum != grossAmount) {
            throw new IllegalArgumentException("Items add up to " + sum + ", not the gross amount " + grossAmount);
        }
    }

    public record Item(String id, String name, long price, int quantity) {

        public Item {
            if (id == null || id.isBlank() || name == null || name.isBlank() || price < 0 || quantity < 1) {
                throw new IllegalArgumentException("An item with an id, a name, a price and a quantity");
            }
            name = name.strip();
            if (name.length() > MAX_ITEM_NAME) {
                name = name.substring(0, MAX_ITEM_NAME - 1) + "…";
            }
        }
    }

    /**
     * The buyer, with the shipping address as Snap takes it ({@code countryCode} in ISO 3166-1 alpha-3, as Midtrans
     * asks for it: "IDN", "AUS").
     */
    public record Customer(String name, String email, String phone, String address, String city, String postalCode,
                           String countryCode) {
    }
}
