package id.kriya.shipping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipping module's public face for checkout: what each courier charges a business's buyer for a parcel, priced
 * here from the rate tables (the council's defaults, the business's own where it set them), never from a form.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ShippingRates {

    static final Comparator<ShippingQuote> CHEAPEST_FIRST = Comparator.comparing(ShippingQuote::cost)
            .thenComparing(ShippingQuote::maxDays)
            .thenComparing(ShippingQuote::courier);

    private final DefaultRates defaults;
    private final RateOverrides overrides;
    private final BusinessOptions options;

    ShippingRates(DefaultRates defaults, RateOverrides overrides, BusinessOptions options) {
        this.defaults = defaults;
        this.overrides = overrides;
        this.options = options;
    }

    /**
     * Every courier the business uses that serves the destination's zone, cheapest first; first of all pick-up at the
     * workshop when the business offers it and the buyer is in Indonesia.
     */
    public List<ShippingQuote> quotes(long businessId, String originRegency, Destination destination, Parcel parcel) {
        Zone zone = destination.zoneFrom(originRegency);
        Optional<BusinessOption> option = options.findById(businessId);
        Set<Courier> off = option.map(BusinessOption::couriersOff).orElse(Set.of());
        Map<Courier, Rate> own = overrides.findByBusinessIdAndZone(businessId, zone).stream()
                .map(RateOverride::toRate)
                .collect(Collectors.toMap(Rate::courier, Function.identity()));
        List<ShippingQuote> quotes = new ArrayList<>();
        if (destination.isHome() && option.map(BusinessOption::offersPickup).orElse(false)) {
            quotes.add(ShippingQuote.pickup(zone, parcel));
        }
        defaults.findByZone(zone).stream()
                .map(DefaultRate::toRate)
                .filter(rate -> !off.contains(rate.courier()))
                .map(rate -> own.getOrDefault(rate.courier(), rate))
                .map(rate -> ShippingQuote.of(rate, parcel))
                .sorted(CHEAPEST_FIRST)
                .forEach(quotes::add);
        return quotes;
    }

    /**
     * The quote the buyer chose, priced again here; empty when that courier (or pick-up, for {@code null}) is not
     * on offer for this destination.
     */
    public Optional<ShippingQuote> quote(long businessId, String originRegency, Destination destination, Parcel parcel,
                                         Courier courierOrNullForPickup) {
        return quotes(businessId, originRegency, destination, parcel).stream()
                .filter(quote -> quote.courier() == courierOrNullForPickup)
                .findFirst();
    }

    public boolean offersPickup(long businessId) {
        return options.findById(businessId).map(BusinessOption::offersPickup).orElse(false);
    }

    /** Where and when to collect at the workshop: the address, then the notes on a line of their own. */
    public Optional<String> pickupNotes(long businessId) {
        return options.findById(businessId).filter(BusinessOption::offersPickup)
                .map(option -> option.pickupNotes() == null
                        ? option.pickupAddress()
                        : option.pickupAddress() + "\n" + option.pickupNotes());
    }

    /** The courier's page where the buyer follows the parcel. */
    public String trackingUrl(Courier courier, TrackingNumber number) {
        return courier.trackingPage(number);
    }
}
