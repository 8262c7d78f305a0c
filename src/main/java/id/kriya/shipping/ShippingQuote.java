package id.kriya.shipping;

import java.util.Objects;

import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;

/**
 * What sending one parcel costs with one courier, priced from the rate table: never from a form. Pick-up at the
 * workshop is a quote too, without a courier, free and with no days on the road.
 */
@NamedInterface("api")
public record ShippingQuote(Courier courier, Zone zone, int chargeableKilograms, Rupiah cost, int minDays, int maxDays,
                            ExportPapers papers) {

    public ShippingQuote {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(papers, "papers");
        if (chargeableKilograms < 1 || cost.amount() < 0 || minDays < 0 || maxDays < minDays) {
            throw new IllegalArgumentException("Not a quote: " + chargeableKilograms + " kg, " + cost);
        }
        if (courier == null && (cost.isPositive() || zone.isAbroad())) {
            throw new IllegalArgumentException("Pick-up is free and only at home");
        }
    }

    static ShippingQuote of(Rate rate, Parcel parcel) {
        int kilograms = parcel.chargeableKilograms();
        return new ShippingQuote(rate.courier(), rate.zone(), kilograms, rate.priceFor(kilograms), rate.minDays(),
                rate.maxDays(), ExportPapers.forParcel(rate.zone(), parcel));
    }

    static ShippingQuote pickup(Zone zone, Parcel parcel) {
        return new ShippingQuote(null, zone, parcel.chargeableKilograms(), Rupiah.ZERO, 0, 0, ExportPapers.NONE);
    }

    /** The buyer collects the parcel at the workshop. */
    public boolean isPickup() {
        return courier == null;
    }
}
