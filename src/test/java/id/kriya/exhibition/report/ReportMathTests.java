package id.kriya.exhibition.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kriya.artisan.Craft;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.report.StageSalesSource.Sales;
import id.kriya.ordering.sales.PaidLine;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;

class ReportMathTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final StageView FIRST = new StageView(1, 1, "Gianyar", DAY, DAY.plusDays(2), null, Map.of());
    static final StageView SECOND = new StageView(2, 2, "Badung", DAY.plusDays(10), DAY.plusDays(11), null, Map.of());

    // A weaver from Klungkung; a silversmith and a songket weaver from Gianyar.
    static final ReportExhibitor WEAVER = new ReportExhibitor(10, "Tenun Gelgel", "51.05", "Klungkung",
            Craft.TENUN_ENDEK, "K-01", List.of(101L, 102L));
    static final ReportExhibitor SILVER = new ReportExhibitor(20, "Perak Celuk", "51.04", "Gianyar", Craft.PERAK_PERHIASAN,
            "K-02", List.of(201L));
    static final ReportExhibitor SONGKET = new ReportExhibitor(30, "Songket Sidemen", "51.04", "Gianyar",
            Craft.TENUN_ENDEK, null, List.of(301L));

    static final Map<Long, String> TITLES = Map.of(101L, "Kain Endek", 102L, "Selendang", 201L, "Cincin Perak",
            301L, "Songket Emas", 999L, "Tas Anyaman");

    /** A booth sales source that answers from maps, per stage. */
    static final class FakeSource implements StageSalesSource {
        final Map<Long, Map<Long, Sales>> byProduct = new HashMap<>();
        final Map<Long, Map<Long, Sales>> byBusiness = new HashMap<>();
        final Map<Long, Map<String, Sales>> byMethod = new HashMap<>();
        final Map<Long, Map<LocalDate, Long>> visitors = new HashMap<>();

        @Override
        public Map<Long, Sales> boothSalesByProduct(long stageId) {
            return byProduct.getOrDefault(stageId, Map.of());
        }

        @Override
        public Map<Long, Sales> boothSalesByBusiness(long stageId) {
            return byBusiness.getOrDefault(stageId, Map.of());
        }

        @Override
        public Map<String, Sales> boothSalesByMethod(long stageId) {
            return byMethod.getOrDefault(stageId, Map.of());
        }

        @Override
        public Map<LocalDate, Long> visitorsByDay(long stageId) {
            return visitors.getOrDefault(stageId, Map.of());
        }
    }

    static Sales sales(long count, long pieces, long revenue) {
        return new Sales(count, pieces, Rupiah.of(revenue));
    }

    FakeSource source() {
        FakeSource source = new FakeSource();
        source.byProduct.put(1L, Map.of(101L, sales(2, 2, 2_000_000), 201L, sales(1, 3, 1_500_000)));
        source.byBusiness.put(1L, Map.of(10L, sales(2, 2, 2_000_000), 20L, sales(1, 3, 1_500_000)));
        source.byMethod.put(1L, Map.of("QRIS", sales(2, 4, 3_000_000), "CASH", sales(1, 1, 500_000)));
        source.visitors.put(1L, Map.of(DAY, 120L, DAY.plusDays(1), 80L));
        source.byProduct.put(2L, Map.of(101L, sales(1, 1, 1_000_000)));
        source.byBusiness.put(2L, Map.of(10L, sales(1, 1, 1_000_000)));
        source.byMethod.put(2L, Map.of("QRIS", sales(1, 1, 1_000_000)));
        source.visitors.put(2L, Map.of(DAY.plusDays(10), 50L, DAY.plusDays(1), 5L));
        return source;
    }

    static PaidLine line(long order, long product, int pieces, long subtotal) {
        return new PaidLine(order, product, pieces, Rupiah.of(subtotal), java.time.Instant.EPOCH);
    }

    StageReport first(FakeSource source) {
        // Order 1 holds the weaver's two products: it is one order, of 2 + 1 pieces.
        List<PaidLine> online = List.of(
                line(1, 102L, 2, 400_000), line(1, 101L, 1, 0), line(2, 102L, 1, 200_000), line(3, 102L, 1, 200_000),
                line(4, 301L, 1, 4_000_000),
                line(5, 999L, 9, 9_000_000));
        return ReportMath.stage(FIRST, List.of(WEAVER, SILVER, SONGKET), online, source, TITLES);
    }

    @Test
    void aStageCountsExhibitorsByRegencyAndCraftAndAddsBoothAndOnlineSales() {
        StageReport report = first(source());

        RegencyCrafts table = report.exhibitorsByRegencyCraft();
        assertThat(table.crafts()).containsExactly(Craft.TENUN_ENDEK, Craft.PERAK_PERHIASAN);
        assertThat(table.rows()).extracting(RegencyCrafts.Row::regencyName).containsExactly("Gianyar", "Klungkung");
        assertThat(table.rows().get(0).count(Craft.TENUN_ENDEK)).isEqualTo(1);
        assertThat(table.rows().get(0).count(Craft.PERAK_PERHIASAN)).isEqualTo(1);
        assertThat(table.rows().get(0).total()).isEqualTo(2);
        assertThat(table.columnTotal(Craft.TENUN_ENDEK)).isEqualTo(2);
        assertThat(table.total()).isEqualTo(3);

        assertThat(report.booth()).isEqualTo(sales(3, 5, 3_500_000));
        assertThat(report.boothByMethod()).containsEntry("CASH", sales(1, 1, 500_000));
        assertThat(report.online()).as("a product no exhibitor shows is not theirs; an order counts once")
                .isEqualTo(sales(4, 6, 4_800_000));
        assertThat(report.revenue()).isEqualTo(Rupiah.of(8_300_000));
        assertThat(report.visitors()).isEqualTo(200);
        assertThat(report.visitorsByDay().firstKey()).isEqualTo(DAY);
    }

    @Test
    void topProductsAreByBoothAndOnlineRevenueWithTheirMakers() {
        StageReport report = first(source());

        assertThat(report.topProducts()).extracting(ProductLine::title, ProductLine::businessName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Songket Emas", "Songket Sidemen"),
                        org.assertj.core.groups.Tuple.tuple("Kain Endek", "Tenun Gelgel"),
                        org.assertj.core.groups.Tuple.tuple("Cincin Perak", "Perak Celuk"),
                        org.assertj.core.groups.Tuple.tuple("Selendang", "Tenun Gelgel"));
        assertThat(report.exhibitors()).extracting(line -> line.exhibitor().name(), line -> line.revenue().amount())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Perak Celuk", 1_500_000L),
                        org.assertj.core.groups.Tuple.tuple("Songket Sidemen", 4_000_000L),
                        org.assertj.core.groups.Tuple.tuple("Tenun Gelgel", 2_800_000L));
    }

    @Test
    void theWholeExhibitionCountsAnIkmAtTwoStagesOnceAndSumsEverythingElse() {
        FakeSource source = source();
        StageReport second = ReportMath.stage(SECOND, List.of(WEAVER), List.of(), source, TITLES);

        StageReport whole = ReportMath.whole(List.of(first(source), second));

        assertThat(whole.stage()).isNull();
        assertThat(whole.start()).isEqualTo(FIRST.start());
        assertThat(whole.end()).isEqualTo(SECOND.end());
        assertThat(whole.exhibitorCount()).isEqualTo(3);
        assertThat(whole.exhibitorsByRegencyCraft().total()).isEqualTo(3);
        assertThat(whole.booth()).isEqualTo(sales(4, 6, 4_500_000));
        assertThat(whole.boothByMethod()).containsEntry("QRIS", sales(3, 5, 4_000_000));
        assertThat(whole.products()).filteredOn(line -> line.productId() == 101L).singleElement()
                .satisfies(line -> assertThat(line.booth()).isEqualTo(sales(3, 3, 3_000_000)));
        assertThat(whole.topProducts().get(0).title()).isEqualTo("Songket Emas");
        assertThat(whole.exhibitors()).filteredOn(line -> line.exhibitor().businessId() == 10L).singleElement()
                .satisfies(line -> assertThat(line.booth().revenue()).isEqualTo(Rupiah.of(3_000_000)));
        assertThat(whole.visitorsByDay()).containsEntry(DAY.plusDays(1), 85L);
        assertThat(whole.visitors()).isEqualTo(255);
    }

    @Test
    void stagesHeldAtTheSameTimeCountAnOnlineOrderOnceInTheWhole() {
        StageView online = new StageView(3, 3, "Daring", DAY, DAY.plusDays(2), null, Map.of());
        List<PaidLine> sameOrders = List.of(line(7, 101L, 1, 500_000), line(8, 201L, 2, 900_000));
        StageReport atTheVenue = ReportMath.stage(FIRST, List.of(WEAVER, SILVER), sameOrders, new FakeSource(), TITLES);
        StageReport alsoOnline = ReportMath.stage(online, List.of(WEAVER), sameOrders, new FakeSource(), TITLES);

        StageReport whole = ReportMath.whole(List.of(atTheVenue, alsoOnline));

        assertThat(whole.online()).isEqualTo(sales(2, 3, 1_400_000));
        assertThat(whole.products()).filteredOn(product -> product.productId() == 101L).singleElement()
                .satisfies(product -> assertThat(product.online()).isEqualTo(sales(1, 1, 500_000)));
        assertThat(whole.exhibitors()).filteredOn(line -> line.exhibitor().businessId() == 10L).singleElement()
                .satisfies(line -> assertThat(line.online()).isEqualTo(sales(1, 1, 500_000)));
    }

    @Test
    void withoutBoothSalesTheReportStillAddsUpOnline() {
        StageReport report = ReportMath.stage(FIRST, List.of(SILVER), List.of(line(7, 201L, 2, 1_000_000)),
                new FakeSource(), TITLES);

        assertThat(report.booth()).isEqualTo(Sales.NONE);
        assertThat(report.online()).isEqualTo(sales(1, 2, 1_000_000));
        assertThat(report.visitors()).isZero();
        assertThat(report.topProducts()).extracting(ProductLine::title).containsExactly("Cincin Perak");
    }
}
