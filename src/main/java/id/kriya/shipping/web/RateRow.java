package id.kriya.shipping.web;

import java.util.Optional;

import id.kriya.shared.Rupiah;
import id.kriya.shipping.Courier;
import id.kriya.shipping.Rate;
import id.kriya.shipping.Zone;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.Errors;

/**
 * One courier and zone in a rate form: whole rupiah for the first and each further kilogram, and the days it takes.
 * Courier and zone come back as text from hidden fields, so they are checked like anything else a form sends.
 */
public class RateRow {

    private String courier;
    private String zone;
    @Min(value = 1, message = "{shipping.rate.price.range}")
    @Max(value = Rate.MAX_PRICE_PER_KILOGRAM, message = "{shipping.rate.price.range}")
    private Long firstKilogram;
    @Min(value = 1, message = "{shipping.rate.price.range}")
    @Max(value = Rate.MAX_PRICE_PER_KILOGRAM, message = "{shipping.rate.price.range}")
    private Long nextKilogram;
    @Min(value = 1, message = "{shipping.rate.days.range}")
    @Max(value = Rate.MAX_DAYS, message = "{shipping.rate.days.range}")
    private Integer minDays;
    @Min(value = 1, message = "{shipping.rate.days.range}")
    @Max(value = Rate.MAX_DAYS, message = "{shipping.rate.days.range}")
    private Integer maxDays;

    static RateRow of(Rate rate) {
        RateRow row = blank(rate.courier(), rate.zone());
        row.firstKilogram = rate.firstKilogram().amount();
        row.nextKilogram = rate.nextKilogram().amount();
        row.minDays = rate.minDays();
        row.maxDays = rate.maxDays();
        return row;
    }

    static RateRow blank(Courier courier, Zone zone) {
        RateRow row = new RateRow();
        row.courier = courier.name();
        row.zone = zone.name();
        return row;
    }

    boolean isBlank() {
        return firstKilogram == null && nextKilogram == null && minDays == null && maxDays == null;
    }

    /**
     * The rules beyond single fields, with errors beside the cell they concern: a courier and zone that exist and
     * go together, every cell filled, the most days not below the least.
     */
    void check(Errors errors, String path) {
        Optional<Courier> chosenCourier = parse(Courier.class, courier);
        Optional<Zone> chosenZone = parse(Zone.class, zone);
        if (chosenCourier.isEmpty() || chosenZone.isEmpty() || !chosenCourier.get().serves(chosenZone.get())) {
            errors.rejectValue(path + ".courier", "shipping.rate.unknown");
            return;
        }
        requireValue(errors, path, "firstKilogram", firstKilogram);
        requireValue(errors, path, "nextKilogram", nextKilogram);
        requireValue(errors, path, "minDays", minDays);
        requireValue(errors, path, "maxDays", maxDays);
        if (minDays != null && maxDays != null && minDays > maxDays && !errors.hasFieldErrors(path + ".maxDays")) {
            errors.rejectValue(path + ".maxDays", "shipping.rate.days.order");
        }
    }

    private static void requireValue(Errors errors, String path, String field, Object value) {
        if (value == null && !errors.hasFieldErrors(path + "." + field)) {
            errors.rejectValue(path + "." + field, "shipping.rate.required");
        }
    }

    Rate toRate() {
        return new Rate(Courier.valueOf(courier), Zone.valueOf(zone), Rupiah.of(firstKilogram), Rupiah.of(nextKilogram),
                minDays, maxDays);
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<Courier> courierValue() {
        return parse(Courier.class, courier);
    }

    public Optional<Zone> zoneValue() {
        return parse(Zone.class, zone);
    }

    public String getCourier() { return courier; }
    public void setCourier(String courier) { this.courier = courier; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public Long getFirstKilogram() { return firstKilogram; }
    public void setFirstKilogram(Long firstKilogram) { this.firstKilogram = firstKilogram; }
    public Long getNextKilogram() { return nextKilogram; }
    public void setNextKilogram(Long nextKilogram) { this.nextKilogram = nextKilogram; }
    public Integer getMinDays() { return minDays; }
    public void setMinDays(Integer minDays) { this.minDays = minDays; }
    public Integer getMaxDays() { return maxDays; }
    public void setMaxDays(Integer maxDays) { this.maxDays = maxDays; }
}
