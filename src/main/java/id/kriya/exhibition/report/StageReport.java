package id.kriya.exhibition.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import id.kriya.exhibition.StageView;
import id.kriya.exhibition.report.StageSalesSource.Sales;
import id.kriya.ordering.sales.PaidLine;
import id.kriya.shared.Rupiah;

/**
 * The report of one stage, or of a whole exhibition when {@code stage} is null: its exhibitors by regency and craft,
 * booth sales in all and by payment method, online sales, products by revenue, sales per exhibitor and visitors by
 * day. The order lines behind its online sales are kept, so that a whole exhibition counts each once even when two
 * of its stages run at the same time.
 */
public record StageReport(StageView stage, LocalDate start, LocalDate end, RegencyCrafts exhibitorsByRegencyCraft,
                          Sales booth, Map<String, Sales> boothByMethod, Sales online, List<ProductLine> products,
                          List<ExhibitorSales> exhibitors, SortedMap<LocalDate, Long> visitorsByDay,
                          Set<PaidLine> onlineLines) {

    /** How many products the report calls "top". */
    public static final int TOP = 10;

    public StageReport {
        boothByMethod = Map.copyOf(boothByMethod);
        products = List.copyOf(products);
        exhibitors = List.copyOf(exhibitors);
        onlineLines = Set.copyOf(onlineLines);
    }

    public long exhibitorCount() {
        return exhibitors.size();
    }

    public Rupiah revenue() {
        return booth.revenue().plus(online.revenue());
    }

    /** The products that earned most, booth and online together, at most {@link #TOP}. */
    public List<ProductLine> topProducts() {
        return products.subList(0, Math.min(TOP, products.size()));
    }

    public long visitors() {
        return visitorsByDay.values().stream().mapToLong(Long::longValue).sum();
    }
}
