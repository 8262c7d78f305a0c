package id.kriya.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import id.kriya.ordering.cart.CartView;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.ShippingQuote;
import org.springframework.modulith.NamedInterface;

/**
 * What a checkout will cost before it is placed: per artisan the deliveries that serve the address, the one chosen
 * (the buyer's, or the cheapest), and the totals. Its total is what the buyer confirms.
 */
@NamedInterface("api")
public record CheckoutPreview(ShippingAddress address, List<Part> parts) {

    public CheckoutPreview {
        parts = List.copyOf(parts);
    }

    /**
     * Every price this preview shows, as a short hash: where it goes, each piece's price and quantity, and the cost of
     * every delivery offered. The buyer's choice among the deliveries is not part of it, so choosing another one
     * shown is no change; a price, a quantity, a piece or a delivery cost that differs is.
     */
    public String fingerprint() {
        StringBuilder seen = new StringBuilder(address.country()).append('|').append(address.regionCode());
        parts.stream().sorted(Comparator.comparingLong(part -> part.group().businessId())).forEach(part -> {
            seen.append("|b").append(part.group().businessId());
            part.group().lines().stream().filter(CartView.Line::isBuyable)
                    .sorted(Comparator.comparingLong(CartView.Line::productId))
                    .forEach(line -> seen.append(";p").append(line.productId()).append('x').append(line.quantity())
                            .append('@').append(line.price().amount()));
            part.options().forEach(option -> seen.append(";d").append(Part.choiceOf(option)).append('@')
                    .append(option.cost().amount()));
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seen.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Part(CartView.Group group, List<ShippingQuote> options, ShippingQuote chosen) {

        public Part {
            options = List.copyOf(options);
        }

        public Rupiah total() {
            return group.itemsTotal().plus(chosen == null ? Rupiah.ZERO : chosen.cost());
        }

        /** The form value of one of this part's options, for the page. */
        public String valueOf(ShippingQuote option) {
            return choiceOf(option);
        }

        /** The form value of an option: the courier's name, or PICKUP. */
        public static String choiceOf(ShippingQuote quote) {
            return quote.isPickup() ? CheckoutRequest.PICKUP : quote.courier().name();
        }
    }

    public boolean isDeliverable() {
        return !parts.isEmpty() && parts.stream().allMatch(part -> part.chosen() != null);
    }

    public Rupiah itemsTotal() {
        return parts.stream().map(part -> part.group().itemsTotal()).reduce(Rupiah.ZERO, Rupiah::plus);
    }

    public Rupiah shippingTotal() {
        return parts.stream().filter(part -> part.chosen() != null).map(part -> part.chosen().cost())
                .reduce(Rupiah.ZERO, Rupiah::plus);
    }

    public Rupiah total() {
        return itemsTotal().plus(shippingTotal());
    }
}
