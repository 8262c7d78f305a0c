package id.kriya.exhibition.sales;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import id.kriya.exhibition.report.StageSalesSource;
import id.kriya.shared.Rupiah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the stage report reads of booth sales and visitor counts: paid sales only, each receipt counted once, with its
 * pieces and money; visitors per counted day. Replaces the report's default that knew of no booth sales.
 */
@Component
@Transactional(readOnly = true)
class BoothSalesReportSource implements StageSalesSource {

    private final JdbcClient jdbc;
    private final VisitorCounts visitors;

    BoothSalesReportSource(JdbcClient jdbc, VisitorCounts visitors) {
        this.jdbc = jdbc;
        this.visitors = visitors;
    }

    @Override
    public Map<Long, Sales> boothSalesByProduct(long stageId) {
        return grouped(stageId, "product_id", "product_id IS NOT NULL", Long.class);
    }

    @Override
    public Map<Long, Sales> boothSalesByBusiness(long stageId) {
        return grouped(stageId, "business_id", "TRUE", Long.class);
    }

    @Override
    public Map<String, Sales> boothSalesByMethod(long stageId) {
        return grouped(stageId, "method", "TRUE", String.class);
    }

    @Override
    public Map<LocalDate, Long> visitorsByDay(long stageId) {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        visitors.of(stageId).days().forEach((day, count) -> days.put(day, count.longValue()));
        return days;
    }

    /** Paid sales of the stage grouped by one column (named here, never by a caller's input). */
    private <K> Map<K, Sales> grouped(long stageId, String column, String filter, Class<K> keyType) {
        Map<K, Sales> sales = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + " AS key, count(*) AS receipts, sum(quantity) AS pieces, sum(total) AS revenue "
                        + "FROM exhibition_booth_sale WHERE stage_id = ? AND status = 'PAID' AND " + filter
                        + " GROUP BY " + column + " ORDER BY " + column)
                .param(stageId)
                .query(row -> {
                    sales.put(row.getObject("key", keyType), new Sales(row.getLong("receipts"), row.getLong("pieces"),
                            Rupiah.of(row.getLong("revenue"))));
                });
        return sales;
    }
}
