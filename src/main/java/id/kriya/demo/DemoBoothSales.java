package id.kriya.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.council.CouncilManagement;
import id.kriya.council.OfficerView;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.ExhibitorView;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.exhibition.sales.BoothSales;
import id.kriya.exhibition.sales.NewBoothSale;
import id.kriya.exhibition.sales.SaleMethod;
import id.kriya.exhibition.sales.StagePlace;
import id.kriya.exhibition.sales.VisitorCounts;
import id.kriya.shared.Rupiah;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A past stage's booth sales and visitor counts as its exhibitors and officers would have entered them from the paper
 * book after each day: for every exhibitor a few sales a day, by QRIS and in cash, of the products it showed (never a
 * one-of-a-kind piece, and leaving a limited product a few pieces for the online shop) or, at a food stall or a booth
 * with nothing left to sell, of dishes and small crafts typed in; and a visitor count for every day, busier at the
 * weekend. Everything goes through the public booth-sales API, so the demo obeys its rules. Run it once curation has
 * filled the stage: a stage without exhibitors gets visitor counts only.
 */
@Component
class DemoBoothSales {

    private static final Logger log = LoggerFactory.getLogger(DemoBoothSales.class);

    /** Typed-in items of a food stall, with their prices. */
    private static final List<Map.Entry<String, Long>> DISHES = List.of(
            Map.entry("Nasi jinggo", 10_000L), Map.entry("Sate lilit ikan", 25_000L),
            Map.entry("Es daluman", 12_000L), Map.entry("Pie susu Bali (isi 10)", 35_000L),
            Map.entry("Kopi Arabika Kintamani 200 g", 85_000L), Map.entry("Jaje laklak", 15_000L));

    /** Small pieces a craft booth sells without listing them online. */
    private static final List<Map.Entry<String, Long>> SMALL_CRAFTS = List.of(
            Map.entry("Gantungan kunci ukir", 25_000L), Map.entry("Tas anyaman ata kecil", 175_000L),
            Map.entry("Selendang endek", 150_000L), Map.entry("Gelang perak polos", 120_000L));

    private final BoothSales sales;
    private final VisitorCounts visitors;
    private final ExhibitorRoster roster;
    private final ArtisanManagement artisans;
    private final ProductCatalog catalog;
    private final CouncilManagement councils;

    DemoBoothSales(BoothSales sales, VisitorCounts visitors, ExhibitorRoster roster, ArtisanManagement artisans,
                   ProductCatalog catalog, CouncilManagement councils) {
        this.sales = sales;
        this.visitors = visitors;
        this.roster = roster;
        this.artisans = artisans;
        this.catalog = catalog;
        this.councils = councils;
    }

    /** Enters the stage's sales and visitor counts for its days up to today; returns how many sales were entered. */
    int record(long stageId) {
        Optional<StagePlace> found = sales.stage(stageId);
        if (found.isEmpty()) {
            return 0;
        }
        StagePlace place = found.get();
        LocalDate today = sales.today();
        List<LocalDate> days = place.days().stream().filter(day -> !day.isAfter(today)).toList();
        Random random = new Random(stageId);
        int entered = 0;
        for (ExhibitorView exhibitor : roster.exhibitorsOf(stageId)) {
            Optional<Long> owner = artisans.ownerOf(exhibitor.businessId());
            if (owner.isEmpty()) {
                continue;
            }
            for (LocalDate day : days) {
                int count = 2 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    sell(owner.get(), exhibitor, day, random);
                    entered++;
                }
            }
        }
        countVisitors(place, days, random);
        log.info("Demo booth sales: {} sales at stage {}", entered, stageId);
        return entered;
    }

    private void sell(long owner, ExhibitorView exhibitor, LocalDate day, Random random) {
        SaleMethod method = random.nextInt(5) < 3 ? SaleMethod.QRIS : SaleMethod.CASH;
        List<ProductView> sellable = catalog.findAll(exhibitor.productIds()).stream()
                .filter(product -> product.status() == ProductStatus.PUBLISHED)
                .filter(product -> product.stockKind() == StockKind.MADE_TO_ORDER
                        || product.stockKind() == StockKind.LIMITED && product.stock() != null && product.stock() > 3)
                .toList();
        NewBoothSale sale;
        if (exhibitor.zone() == BoothZone.CULINARY || sellable.isEmpty() || random.nextInt(4) == 0) {
            List<Map.Entry<String, Long>> items = exhibitor.zone() == BoothZone.CULINARY ? DISHES : SMALL_CRAFTS;
            Map.Entry<String, Long> item = items.get(random.nextInt(items.size()));
            int quantity = exhibitor.zone() == BoothZone.CULINARY ? 1 + random.nextInt(6) : 1 + random.nextInt(2);
            sale = NewBoothSale.ofItem(item.getKey(), quantity, Rupiah.of(item.getValue()), method);
        } else {
            sale = NewBoothSale.ofProduct(sellable.get(random.nextInt(sellable.size())).id(), 1, method);
        }
        // Chosen so that no rule refuses it: a refusal inside the demo's one transaction would undo the whole demo.
        sales.recordFromBook(owner, exhibitor.stageId(), day, sale);
    }

    private void countVisitors(StagePlace place, List<LocalDate> days, Random random) {
        Optional<Long> officer = councils.officersOf(place.exhibition().organiserCode()).stream()
                .map(OfficerView::userId).findFirst();
        if (officer.isEmpty() || days.isEmpty()) {
            return;
        }
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (LocalDate day : days) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            counts.put(day, (weekend ? 900 : 400) + random.nextInt(350));
        }
        visitors.record(officer.get(), place.exhibition().id(), place.stage().id(), counts);
    }
}
