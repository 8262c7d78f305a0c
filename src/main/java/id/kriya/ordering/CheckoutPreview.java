package id.kriya.ordering;

import java.util.List;

import id.kriya.shared.Rupiah;
import id.kriya.shipping.ShippingQuote;

/**
 * What a checkout will cost before it is placed: per artisan the deliveries that serve the address, the one chosen
 * (the buyer's, or the cheapest), and the totals. Its total is what the buyer confirms.
 */
public record CheckoutPreview(List<Part> parts) {

    public CheckoutPreview {
        parts = List.copyOf(parts);
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
