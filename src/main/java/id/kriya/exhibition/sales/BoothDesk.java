package id.kriya.exhibition.sales;

import java.time.LocalDate;
import java.util.List;

import id.kriya.catalog.ProductView;
import id.kriya.exhibition.ExhibitorView;

/**
 * What the exhibitor's phone shows at the booth: the stage, the products it shows there (with price and stock left),
 * the sales of one day of the stage with their totals, and the stage's totals so far.
 */
public record BoothDesk(StagePlace place, ExhibitorView exhibitor, List<ProductView> products, LocalDate day,
                        LocalDate today, List<BoothSaleView> sales, SalesTotals dayTotals, SalesTotals stageTotals,
                        boolean hasQris) {

    public BoothDesk {
        products = List.copyOf(products);
        sales = List.copyOf(sales);
    }

    /** True while the stage is on by Bali's date: sales are recorded as they happen. */
    public boolean isOn() {
        return place.stage().isOn(today);
    }

    public boolean hasStarted() {
        return !today.isBefore(place.stage().start());
    }

    public boolean isToday() {
        return day.equals(today);
    }

    /** The days of the stage up to today, whose sales can be looked at or copied from the paper book. */
    public List<LocalDate> daysSoFar() {
        return place.days().stream().filter(candidate -> !candidate.isAfter(today)).toList();
    }
}
