package id.kriya.shipping.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.kriya.shipping.BusinessShipping;
import id.kriya.shipping.Courier;
import id.kriya.shipping.Rate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * An artisan's shipping page in one form: pick-up at the workshop, couriers not used, and for each courier and zone
 * either the council's rate (every cell blank) or the business's own (every cell filled). It carries no business:
 * the business is always the signed-in person's own.
 */
public class MyShippingForm {

    private boolean offersPickup;
    @Size(max = 300, message = "{shipping.pickup.address.size}")
    private String pickupAddress;
    @Size(max = 500, message = "{shipping.pickup.notes.size}")
    private String pickupNotes;
    private List<String> couriersOff = new ArrayList<>();
    @Valid
    private List<RateRow> rows = new ArrayList<>();

    static MyShippingForm of(BusinessShipping shipping) {
        MyShippingForm form = new MyShippingForm();
        form.offersPickup = shipping.offersPickup();
        form.pickupAddress = shipping.pickupAddress();
        form.pickupNotes = shipping.pickupNotes();
        shipping.couriersOff().stream().sorted().forEach(courier -> form.couriersOff.add(courier.name()));
        for (BusinessShipping.Choice choice : shipping.rates()) {
            form.rows.add(choice.isOverridden() ? RateRow.of(choice.own())
                    : RateRow.blank(choice.standard().courier(), choice.standard().zone()));
        }
        return form;
    }

    void check(Errors errors) {
        if (offersPickup && (pickupAddress == null || pickupAddress.isBlank())) {
            errors.rejectValue("pickupAddress", "shipping.pickup.address.required");
        }
        for (String courier : couriersOff) {
            if (RateRow.parse(Courier.class, courier).isEmpty()) {
                errors.rejectValue("couriersOff", "shipping.rate.unknown");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            RateRow row = rows.get(i);
            String path = "rows[" + i + "]";
            if (row.isBlank()) {
                if (row.courierValue().isEmpty() || row.zoneValue().isEmpty()
                        || !row.courierValue().get().serves(row.zoneValue().get())) {
                    errors.rejectValue(path + ".courier", "shipping.rate.unknown");
                }
            } else {
                row.check(errors, path);
            }
        }
    }

    BusinessShipping.Change toChange() {
        List<Rate> overrides = rows.stream().filter(row -> !row.isBlank()).map(RateRow::toRate).toList();
        Set<Courier> off = EnumSet.noneOf(Courier.class);
        couriersOff.stream().map(name -> RateRow.parse(Courier.class, name)).flatMap(Optional::stream).forEach(off::add);
        return new BusinessShipping.Change(overrides, off, offersPickup, pickupAddress, pickupNotes);
    }

    public boolean isOffersPickup() { return offersPickup; }
    public void setOffersPickup(boolean offersPickup) { this.offersPickup = offersPickup; }
    public String getPickupAddress() { return pickupAddress; }
    public void setPickupAddress(String pickupAddress) { this.pickupAddress = pickupAddress; }
    public String getPickupNotes() { return pickupNotes; }
    public void setPickupNotes(String pickupNotes) { this.pickupNotes = pickupNotes; }
    public List<String> getCouriersOff() { return couriersOff; }
    public void setCouriersOff(List<String> couriersOff) { this.couriersOff = couriersOff; }
    public List<RateRow> getRows() { return rows; }
    public void setRows(List<RateRow> rows) { this.rows = rows; }
}
