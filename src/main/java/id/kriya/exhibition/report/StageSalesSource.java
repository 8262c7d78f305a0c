package id.kriya.exhibition.report;

import java.time.LocalDate;
import java.util.Map;

import id.kriya.shared.Rupiah;

/**
 * The port through which the report reads what was sold at a stage's booths and how many visitors came; the booth
 * sales sub-package ({@code id.kriya.exhibition.sales}) answers it, so the report's arithmetic is tested on its own.
 */
public interface StageSalesSource {

    /** Booth sales of a stage per product id; products that sold nothing may be absent. */
    Map<Long, Sales> boothSalesByProduct(long stageId);

    /** Booth sales of a stage per exhibiting business id; businesses that sold nothing may be absent. */
    Map<Long, Sales> boothSalesByBusiness(long stageId);

    /** Booth sales of a stage per payment method, named as the booth records it ("QRIS", "CASH"). */
    Map<String, Sales> boothSalesByMethod(long stageId);

    /** Visitors counted per day of a stage; days without a count may be absent. */
    Map<LocalDate, Long> visitorsByDay(long stageId);

    /** Sales: how many sales (receipts), how many pieces, for how much. */
    record Sales(long count, long pieces, Rupiah revenue) {

        public static final Sales NONE = new Sales(0, 0, Rupiah.ZERO);

        public Sales plus(Sales other) {
            return new Sales(count + other.count, pieces + other.pieces, revenue.plus(other.revenue));
        }
    }
}
