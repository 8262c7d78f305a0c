package id.kriya.ordering.cart;

import java.util.List;

import id.kriya.media.PhotoId;
import id.kriya.media.PhotoSize;
import id.kriya.shared.Rupiah;

/**
 * A cart as the buyer sees it, split by artisan as the orders will be: current prices, and what can no longer be
 * bought (sold meanwhile, fewer left than wanted, taken off the site) marked so.
 */
public record CartView(List<Group> groups) {

    public CartView {
        groups = List.copyOf(groups);
    }

    public record Group(long businessId, String businessName, String businessSlug, String regionCode,
                        List<Line> lines) {

        public Group {
            lines = List.copyOf(lines);
        }

        public Rupiah itemsTotal() {
            return lines.stream().filter(Line::isBuyable).map(Line::subtotal).reduce(Rupiah.ZERO, Rupiah::plus);
        }

        public boolean hasBuyable() {
            return lines.stream().anyMatch(Line::isBuyable);
        }
    }

    /** {@code available} is null for made-to-order (no limit); the parcel's size and weight are what shipping charges. */
    public record Line(long productId, String slug, String title, PhotoId cover, Rupiah price, int quantity,
                       Integer available, boolean onSale, int parcelWeightGrams, int parcelLengthCm, int parcelWidthCm,
                       int parcelHeightCm) {

        /** The cover's thumbnail address, or null without a photo. */
        public String coverUrl() {
            return cover == null ? null : cover.url(PhotoSize.THUMB);
        }

        public boolean isBuyable() {
            return onSale && (available == null || available >= quantity);
        }

        public boolean isSoldOut() {
            return !onSale || (available != null && available == 0);
        }

        public Rupiah subtotal() {
            return price.times(quantity);
        }
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public int pieces() {
        return groups.stream().flatMap(group -> group.lines().stream()).mapToInt(Line::quantity).sum();
    }

    public Rupiah itemsTotal() {
        return groups.stream().map(Group::itemsTotal).reduce(Rupiah.ZERO, Rupiah::plus);
    }

    public boolean hasProblems() {
        return groups.stream().flatMap(group -> group.lines().stream()).anyMatch(line -> !line.isBuyable());
    }
}
