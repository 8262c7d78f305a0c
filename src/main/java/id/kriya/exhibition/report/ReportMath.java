package id.kriya.exhibition.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import id.kriya.artisan.Craft;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.report.StageSalesSource.Sales;
import id.kriya.ordering.ProductSales;

/**
 * The report's arithmetic, apart from where its numbers come from: one stage's report from its exhibitors, their
 * online sales and the booth source; the whole exhibition's from its stages' reports.
 */
final class ReportMath {

    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("id"));
    private static final Comparator<Craft> CRAFTS = Comparator.nullsLast(Comparator.naturalOrder());

    private ReportMath() {
    }

    /**
     * @param online per product id, its paid online sales during the stage (products of other stages are ignored)
     * @param titles per product id, its title, for products that sold
     */
    static StageReport stage(StageView stage, List<ReportExhibitor> exhibitors, Map<Long, ProductSales> online,
                             StageSalesSource source, Map<Long, String> titles) {
        Map<Long, Sales> boothByProduct = source.boothSalesByProduct(stage.id());
        Map<Long, Sales> boothByBusiness = source.boothSalesByBusiness(stage.id());
        Map<String, Sales> boothByMethod = new TreeMap<>(source.boothSalesByMethod(stage.id()));

        Map<Long, String> makers = new HashMap<>();
        List<ExhibitorSales> sales = new ArrayList<>();
        Sales onlineTotal = Sales.NONE;
        for (ReportExhibitor exhibitor : exhibitors) {
            Sales own = Sales.NONE;
            for (Long productId : exhibitor.productIds()) {
                makers.putIfAbsent(productId, exhibitor.name());
                own = own.plus(online(online.get(productId)));
            }
            onlineTotal = onlineTotal.plus(own);
            sales.add(new ExhibitorSales(exhibitor, boothByBusiness.getOrDefault(exhibitor.businessId(), Sales.NONE), own));
        }
        Sales booth = (boothByMethod.isEmpty() ? boothByBusiness.values() : boothByMethod.values()).stream()
                .reduce(Sales.NONE, Sales::plus);

        Set<Long> sold = new LinkedHashSet<>(boothByProduct.keySet());
        online.keySet().stream().filter(makers::containsKey).forEach(sold::add);
        List<ProductLine> products = new ArrayList<>();
        for (Long productId : sold) {
            products.add(new ProductLine(productId, titles.getOrDefault(productId, "#" + productId),
                    makers.getOrDefault(productId, ""), boothByProduct.getOrDefault(productId, Sales.NONE),
                    makers.containsKey(productId) ? online(online.get(productId)) : Sales.NONE));
        }
        return new StageReport(stage, stage.start(), stage.end(), regencyCrafts(exhibitors), booth, boothByMethod,
                onlineTotal, sortedByRevenue(products), sortedByName(sales), new TreeMap<>(source.visitorsByDay(stage.id())));
    }

    /** The whole exhibition: an IKM at several stages counted once, its sales summed; products and days summed. */
    static StageReport whole(List<StageReport> stages) {
        Map<Long, ExhibitorSales> exhibitors = new LinkedHashMap<>();
        Map<Long, ProductLine> products = new LinkedHashMap<>();
        Map<String, Sales> byMethod = new TreeMap<>();
        SortedMap<LocalDate, Long> visitors = new TreeMap<>();
        Sales booth = Sales.NONE;
        Sales online = Sales.NONE;
        LocalDate start = null;
        LocalDate end = null;
        for (StageReport stage : stages) {
            stage.exhibitors().forEach(line -> exhibitors.merge(line.exhibitor().businessId(), line, ExhibitorSales::plus));
            stage.products().forEach(line -> products.merge(line.productId(), line, ProductLine::plus));
            stage.boothByMethod().forEach((method, sales) -> byMethod.merge(method, sales, Sales::plus));
            stage.visitorsByDay().forEach((day, count) -> visitors.merge(day, count, Long::sum));
            booth = booth.plus(stage.booth());
            online = online.plus(stage.online());
            start = start == null || stage.start().isBefore(start) ? stage.start() : start;
            end = end == null || stage.end().isAfter(end) ? stage.end() : end;
        }
        List<ReportExhibitor> counted = exhibitors.values().stream().map(ExhibitorSales::exhibitor).toList();
        return new StageReport(null, start, end, regencyCrafts(counted), booth, byMethod, online,
                sortedByRevenue(new ArrayList<>(products.values())), sortedByName(new ArrayList<>(exhibitors.values())),
                visitors);
    }

    static RegencyCrafts regencyCrafts(List<ReportExhibitor> exhibitors) {
        Map<String, Map<Craft, Long>> byRegency = new TreeMap<>(COLLATOR);
        Map<Craft, Long> columns = new TreeMap<>(CRAFTS);
        for (ReportExhibitor exhibitor : exhibitors) {
            byRegency.computeIfAbsent(exhibitor.regencyName(), name -> new TreeMap<>(CRAFTS))
                    .merge(exhibitor.craft(), 1L, Long::sum);
            columns.merge(exhibitor.craft(), 1L, Long::sum);
        }
        List<RegencyCrafts.Row> rows = byRegency.entrySet().stream()
                .map(entry -> new RegencyCrafts.Row(entry.getKey(), entry.getValue(),
                        entry.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .toList();
        return new RegencyCrafts(new ArrayList<>(columns.keySet()), rows, columns, exhibitors.size());
    }

    private static Sales online(ProductSales sales) {
        return sales == null ? Sales.NONE : new Sales(sales.orders(), sales.pieces(), sales.revenue());
    }

    private static List<ProductLine> sortedByRevenue(List<ProductLine> products) {
        products.sort(Comparator.comparingLong((ProductLine line) -> line.revenue().amount()).reversed()
                .thenComparing(Comparator.comparingLong(ProductLine::pieces).reversed())
                .thenComparing(ProductLine::title, COLLATOR));
        return products;
    }

    private static List<ExhibitorSales> sortedByName(List<ExhibitorSales> sales) {
        sales.sort(Comparator.comparing((ExhibitorSales line) -> line.exhibitor().regencyName(), COLLATOR)
                .thenComparing(line -> line.exhibitor().name(), COLLATOR));
        return sales;
    }

}
