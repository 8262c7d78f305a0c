package id.kriya.exhibition.sales;

import java.time.LocalDate;
import java.util.List;

import id.kriya.shared.Rupiah;

/**
 * A stage's paid booth sales for reports: in all, per exhibitor (by business), per product or free-text item, and
 * per day. Unpaid and cancelled sales are left out.
 */
public record BoothSalesSummary(long stageId, SalesTotals total, List<ExhibitorSales> exhibitors,
                                List<ItemSales> items, List<DaySales> days) {

    public BoothSalesSummary {
        exhibitors = List.copyOf(exhibitors);
        items = List.copyOf(items);
        days = List.copyOf(days);
    }

    /** What one exhibitor sold, most revenue first. */
    public record ExhibitorSales(long businessId, SalesTotals totals) {
    }

    /**
     * Pieces and revenue of one product ({@code productId} set, {@code item} its title as sold) or one free-text item
     * of a business ({@code productId} null), most revenue first.
     */
    public record ItemSales(long businessId, Long productId, String item, long pieces, Rupiah revenue) {

        public boolean isProduct() {
            return productId != null;
        }
    }

    /** One day of the stage that had paid sales, in date order. */
    public record DaySales(LocalDate day, SalesTotals totals) {
    }
}
