package id.kriya.exhibition.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * The default {@link StageSalesSource} while booth sales and visitor counts are not wired in: no booth sales, no
 * visitors. {@link ReportConfiguration} registers it only when no other implementation is a bean; the integrator
 * deletes this class and its {@code @Bean} method once the adapter over {@code id.kriya.exhibition.sales} lands.
 */
final class NoBoothSalesYet implements StageSalesSource {

    @Override
    public Map<Long, Sales> boothSalesByProduct(long stageId) {
        return Map.of();
    }

    @Override
    public Map<Long, Sales> boothSalesByBusiness(long stageId) {
        return Map.of();
    }

    @Override
    public Map<String, Sales> boothSalesByMethod(long stageId) {
        return Map.of();
    }

    @Override
    public Map<LocalDate, Long> visitorsByDay(long stageId) {
        return Map.of();
    }
}
