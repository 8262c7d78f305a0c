package id.kriya.shipping;

import java.util.List;
import java.util.Set;

/**
 * A business's shipping as its own page shows it: for each courier and zone the council's rate and the business's
 * own (null where it keeps the council's), the couriers it switched off, and its pick-up offer.
 */
public record BusinessShipping(long businessId, List<Choice> rates, Set<Courier> couriersOff, boolean offersPickup,
                               String pickupAddress, String pickupNotes) {

    public BusinessShipping {
        rates = List.copyOf(rates);
        couriersOff = Set.copyOf(couriersOff);
    }

    public record Choice(Rate standard, Rate own) {

        public Rate effective() {
            return own == null ? standard : own;
        }

        public boolean isOverridden() {
            return own != null;
        }
    }

    /** What the artisan sends from the page: every override it keeps (the rest go back to the council's). */
    public record Change(List<Rate> overrides, Set<Courier> couriersOff, boolean offersPickup, String pickupAddress,
                         String pickupNotes) {

        public Change {
            overrides = List.copyOf(overrides);
            couriersOff = Set.copyOf(couriersOff);
        }
    }
}
