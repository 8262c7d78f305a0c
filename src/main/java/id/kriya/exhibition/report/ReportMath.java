package id.kriya.exhibition.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.kriya.artisan.Craft;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.report.StageSalesSource.Sales;
import id.kriya.ordering.sales.PaidLine;
import id.kriya.shared.Rupiah;

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
     * @param online the lines of paid orders during the stage holding shown products (others are ignored); an
     *               order counts once however many of the products it holds
     * @param titles per product id, its title, for products that sold
     */
    static StageReport stage(StageView stage, List<ReportExhibitor> exhibitors, List<PaidLine> online,
                             StageSalesSource source, Map<Long, String> titles) {
        return stage(stage, exhibitors, online, source, source.boothSalesByProduct(stage.id()), titles);
    }

    /** As above, with the booth sales by product already read (the caller needed them for the titles). */
    static StageReport stage(StageView stage, List<ReportExhibitor> exhibitors, List<PaidLine> online,
                             StageSalesSource source, Map<Long, Sales> boothByProduct, Map<Long, String> titles) {
        Map<Long, Sales> boothByBusiness = source.boothSalesByBusiness(stage.id());
        Map<String, Sales> boothByMethod = new TreeMap<>(source.boothSalesByMethod(stage.id()));

        Map<Long, ReportExhibitor> makers = new HashMap<>();
        exhibitors.forEach(exhibitor -> exhibitor.productIds().forEach(id -> makers.putIfAbsent(id, exhibitor)));
        List<PaidLine> shown = online.stream().filter(line -> makers.containsKey(line.productId())).toList();
        Map<Long, Sales> onlineByProduct = new HashMap<>();
        shown.stream().collect(Collectors.groupingBy(PaidLine::productId))
                .forEach((productId, lines) -> onlineByProduct.put(productId, sum(lines)));

        List<ExhibitorSales> sales = new ArrayList<>();
        for (ReportExhibitor exhibitor : exhibitors) {
            Set<Long> own = new HashSet<>(exhibitor.productIds());
            sales.add(new ExhibitorSales(exhibitor, boothByBusiness.getOrDefault(exhibitor.businessId(), Sales.NONE),
                    sum(shown.stream().filter(line -> own.contains(line.productId())).toList())));
        }
        Sales booth = (boothByMethod.isEmpty() ? boothByBusiness.values() : boothByMethod.values()).stream()
                .reduce(Sales.NONE, Sales::plus);

        Set<Long> sold = new LinkedHashSet<>(boothByProduct.keySet());
        sold.addAll(onlineByProduct.keySet());
        List<ProductLine> products = new ArrayList<>();
        for (Long productId : sold) {
            ReportExhibitor maker = makers.get(productId);
            products.add(new ProductLine(productId, titles.getOrDefault(productId, "#" + productId),
                    maker == null ? "" : maker.name(), boothByProduct.getOrDefault(productId, Sales.NONE),
                    onlineByProduct.getOrDefault(productId, Sales.NONE)));
        }
        return new StageReport(stage, stage.start(), stage.end(), regencyCrafts(exhibitors), booth, boothByMethod,
                sum(shown), sortedByRevenue(products), sortedByName(sales), new TreeMap<>(source.visitorsByDay(stage.id())),
                new HashSet<>(shown));
    }

    /** Lines as sales: distinct orders, pieces and revenue. */
    private static Sales sum(List<PaidLine> lines) {
        long orders = lines.stream().map(PaidLine::orderId).distinct().count();
        long pieces = lines.stream().mapToLong(PaidLine::quantity).sum();
        long revenue = lines.stream().mapToLong(line -> line.subtotal().amount()).sum();
        return new Sales(orders, pieces, Rupiah.of(revenue));
    }

    /**
     * The whole exhibition: an IKM at several stages counted once; booth sales, products and days summed; online
     * sales from the stages' order lines each counted once, as stages held at the same time see the same orders.
     */
    static StageReport whole(List<StageReport> stages) {
        Map<Long, ExhibitorSales> exhibitors = new LinkedHashMap<>();
        Map<Long, Set<Long>> shownBy = new HashMap<>();
        Map<Long, ProductLine> products = new LinkedHashMap<>();
        Map<String, Sales> byMethod = new TreeMap<>();
        SortedMap<LocalDate, Long> visitors = new TreeMap<>();
        Set<PaidLine> lines = new HashSet<>();
        Sales booth = Sales.NONE;
        LocalDate start = null;
        LocalDate end = null;
        for (StageReport stage : stages) {
            stage.exhibitors().forEach(line -> {
                exhibitors.merge(line.exhibitor().businessId(), line, ExhibitorSales::plus);
                shownBy.computeIfAbsent(line.exhibitor().businessId(), id -> new HashSet<>())
                        .addAll(line.exhibitor().productIds());
            });
            stage.products().forEach(line -> products.merge(line.productId(), line, ProductLine::plus));
            stage.boothByMethod().forEach((method, sales) -> byMethod.merge(method, sales, Sales::plus));
            stage.visitorsByDay().forEach((day, count) -> visitors.merge(day, count, Long::sum));
            lines.addAll(stage.onlineLines());
            booth = booth.plus(stage.booth());
            start = start == null || stage.start().isBefore(start) ? stage.start() : start;
            end = end == null || stage.end().isAfter(end) ? stage.end() : end;
        }
        List<ExhibitorSales> sales = exhibitors.values().stream()
                .map(line -> new ExhibitorSales(line.exhibitor(), line.booth(), sum(lines.stream()
                        .filter(paid -> shownBy.get(line.exhibitor().businessId()).contains(paid.productId())).toList())))
                .collect(Collectors.toCollection(ArrayList::new));
        List<ProductLine> sold = products.values().stream()
                .map(line -> new ProductLine(line.productId(), line.title(), line.businessName(), line.booth(),
                        sum(lines.stream().filter(paid -> paid.productId() == line.productId()).toList())))
                .collect(Collectors.toCollection(ArrayList::new));
        List<ReportExhibitor> counted = sales.stream().map(ExhibitorSales::exhibitor).toList();
        return new StageReport(null, start, end, regencyCrafts(counted), booth, byMethod, sum(List.copyOf(lines)),
                sortedByRevenue(sold), sortedByName(sales), visitors, lines);
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
