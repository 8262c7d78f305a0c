package id.kriya.exhibition.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.catalog.NotEnoughStockException;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductStock;
import id.kriya.catalog.ProductView;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.ExhibitorView;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.sales.BoothSalesSummary.DaySales;
import id.kriya.exhibition.sales.BoothSalesSummary.ExhibitorSales;
import id.kriya.exhibition.sales.BoothSalesSummary.ItemSales;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.payment.PaymentOptions;
import id.kriya.shared.Bali;
import id.kriya.shared.ReferenceNumbers;
import id.kriya.shared.Rupiah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales at an exhibitor's booth, by the owner or staff of the exhibiting business and nobody else (anyone else finds
 * nothing). A product sale takes its pieces from the catalog's stock in the same transaction that writes the sale, so
 * a piece sold at the booth is gone online and a piece sold online cannot be sold at the booth; a refused sale
 * changes nothing. Sales are recorded as they happen only while the stage is on, by Bali's date; the paper book kept
 * at the booth can be copied in afterwards for any past day of the stage. Paid sales go into the payment ledger under
 * their receipt numbers.
 */
@Service
@Transactional(readOnly = true)
public class BoothSales {

    static final Rupiah PRICE_MAX = Rupiah.of(1_000_000_000);


    private final BoothSaleRows rows;
    private final StageLookup stages;
    private final ExhibitorRoster roster;
    private final ArtisanManagement artisans;
    private final ProductCatalog catalog;
    private final ProductStock stock;
    private final PaymentOptions payments;
    private final PaymentLedger ledger;
    private final JdbcClient jdbc;
    private final Clock clock;

    BoothSales(BoothSaleRows rows, StageLookup stages, ExhibitorRoster roster, ArtisanManagement artisans,
               ProductCatalog catalog, ProductStock stock, PaymentOptions payments, PaymentLedger ledger,
               JdbcClient jdbc, Clock clock) {
        this.rows = rows;
        this.stages = stages;
        this.roster = roster;
        this.artisans = artisans;
        this.catalog = catalog;
        this.stock = stock;
        this.payments = payments;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today by Bali's date. */
    public LocalDate today() {
        return Bali.today(clock);
    }

    /** A stage with its exhibition, for whoever reports on it; empty when there is no such stage. */
    public Optional<StagePlace> stage(long stageId) {
        return stages.find(stageId);
    }

    // ---- the exhibitor's phone

    /** The stages the person's business shows at, the latest to start first, with their exhibitions. */
    public List<StagePlace> stagesOf(long userId) {
        Optional<Long> business = artisans.businessIdOf(userId);
        if (business.isEmpty()) {
            return List.of();
        }
        List<StagePlace> places = new ArrayList<>();
        for (ExhibitorView exhibitor : roster.stagesOf(business.get())) {
            stages.find(exhibitor.stageId()).ifPresent(places::add);
        }
        places.sort(Comparator.comparing((StagePlace place) -> place.stage().start()).reversed());
        return places;
    }

    /**
     * The booth's desk on one day of the stage: today while the stage is on; otherwise the given day, kept within the
     * stage (its first day before it starts, its last after it ends).
     *
     * @throws ExhibitionNotFoundException when the person's business does not show at the stage
     */
    public BoothDesk desk(long userId, long stageId, LocalDate day) {
        Booth booth = booth(userId, stageId);
        LocalDate today = today();
        StageView stage = booth.place().stage();
        LocalDate shown = day == null ? today : day;
        if (shown.isBefore(stage.start())) {
            shown = stage.start();
        } else if (shown.isAfter(stage.end())) {
            shown = stage.end();
        }
        long businessId = booth.exhibitor().businessId();
        List<BoothSaleView> all = rows.findByStageIdAndBusinessIdOrderByIdDesc(stageId, businessId).stream()
                .map(BoothSale::toView).toList();
        LocalDate wanted = shown;
        List<BoothSaleView> ofDay = all.stream().filter(sale -> sale.day().equals(wanted)).toList();
        List<ProductView> products = catalog.findAll(booth.exhibitor().productIds()).stream()
                .filter(product -> product.businessId() == businessId)
                .sorted(Comparator.comparing(product -> booth.exhibitor().productIds().indexOf(product.id())))
                .toList();
        return new BoothDesk(booth.place(), booth.exhibitor(), products, shown, today, ofDay, totals(ofDay),
                totals(all), payments.qrisOf(businessId).isPresent());
    }

    /**
     * Records a sale happening now at the booth: cash is paid at once, QRIS waits for the exhibitor to see the money.
     *
     * @throws ExhibitionRuleException when the stage is not on today, the product is not shown at the stage or has
     *                                 fewer pieces left than sold, the item or price is missing, or QRIS cannot
     *                                 carry the amount (none set up, above the limit): nothing is changed
     */
    @Transactional
    public BoothSaleView record(long userId, long stageId, NewBoothSale sale) {
        Booth booth = booth(userId, stageId);
        LocalDate today = today();
        StageView stage = booth.place().stage();
        if (today.isBefore(stage.start())) {
            throw new ExhibitionRuleException("exhibition.sales.rule.notStarted", stage.start());
        }
        if (today.isAfter(stage.end())) {
            throw new ExhibitionRuleException("exhibition.sales.rule.over", stage.end());
        }
        return write(booth, userId, today, sale, false);
    }

    /**
     * Copies a sale from the booth's paper book for a past day of the stage (or today): paid when it happened, in cash
     * or by QRIS, so it is recorded as paid.
     *
     * @throws ExhibitionRuleException as {@link #record}, and when the day is not a day of the stage up to today
     */
    @Transactional
    public BoothSaleView recordFromBook(long userId, long stageId, LocalDate day, NewBoothSale sale) {
        Booth booth = booth(userId, stageId);
        StageView stage = booth.place().stage();
        if (day == null || !stage.isOn(day) || day.isAfter(today())) {
            throw new ExhibitionRuleException("exhibition.sales.rule.bookDay", stage.start(), stage.end());
        }
        return write(booth, userId, day, sale, true);
    }

    private BoothSaleView write(Booth booth, long userId, LocalDate day, NewBoothSale sale, boolean fromBook) {
        long businessId = booth.exhibitor().businessId();
        if (sale.token() != null) {
            // A second tap waits here for the first to commit, then finds its sale instead of selling again.
            jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                    .param(sale.token().getMostSignificantBits() ^ sale.token().getLeastSignificantBits())
                    .query(row -> { });
            Optional<BoothSale> earlier = rows.findByRequestToken(sale.token());
            if (earlier.isPresent()) {
                BoothSaleView found = earlier.get().toView();
                if (found.businessId() != businessId || found.stageId() != booth.exhibitor().stageId()) {
                    throw new ExhibitionNotFoundException();
                }
                return found;
            }
        }
        if (sale.method() == null) {
            throw new ExhibitionRuleException("exhibition.sales.rule.method");
        }
        if (sale.quantity() < 1 || sale.quantity() > NewBoothSale.QUANTITY_MAX) {
            throw new ExhibitionRuleException("exhibition.sales.rule.quantity", NewBoothSale.QUANTITY_MAX);
        }
        String item;
        Rupiah price;
        if (sale.productId() != null) {
            ProductView sold = take(booth.exhibitor(), sale.productId(), sale.quantity());
            item = sold.title().length() > NewBoothSale.ITEM_MAX ? sold.title().substring(0, NewBoothSale.ITEM_MAX)
                    : sold.title();
            price = sold.price();
        } else {
            item = sale.item() == null ? "" : sale.item().strip();
            if (item.isEmpty() || item.length() > NewBoothSale.ITEM_MAX) {
                throw new ExhibitionRuleException("exhibition.sales.rule.item", NewBoothSale.ITEM_MAX);
            }
            price = sale.unitPrice();
            if (price == null || !price.isPositive() || !price.isAtMost(PRICE_MAX)) {
                throw new ExhibitionRuleException("exhibition.sales.rule.price", PRICE_MAX.formatted());
            }
        }
        Rupiah total = price.times(sale.quantity());
        if (sale.method() == SaleMethod.QRIS && !fromBook) {
            if (!payments.qrisAllows(total)) {
                throw new ExhibitionRuleException("exhibition.sales.rule.overQrisLimit", total.formatted(),
                        PaymentOptions.QRIS_LIMIT.formatted());
            }
            if (payments.dynamicQris(businessId, total).isEmpty()) {
                throw new ExhibitionRuleException("exhibition.sales.rule.noQris");
            }
        }
        BoothSale written = rows.saveAndFlush(new BoothSale(newReceipt(day), sale.token(), booth.exhibitor().stageId(),
                businessId, sale.productId(), item, sale.quantity(), price, sale.method(), day, fromBook, userId,
                clock.instant()));
        if (written.toView().isPaid()) {
            intoLedger(written, userId);
        }
        return written.toView();
    }

    private ProductView take(ExhibitorView exhibitor, long productId, int quantity) {
        if (!exhibitor.productIds().contains(productId)) {
            throw new ExhibitionRuleException("exhibition.sales.rule.notShown");
        }
        ProductView sold;
        try {
            sold = stock.take(productId, quantity);
        } catch (ProductNotFoundException e) {
            throw new ExhibitionRuleException("exhibition.sales.rule.notShown");
        } catch (NotEnoughStockException e) {
            String title = catalog.find(productId).map(ProductView::title).orElse("");
            throw e.available() == 0
                    ? new ExhibitionRuleException("exhibition.sales.rule.soldOut", title)
                    : new ExhibitionRuleException("exhibition.sales.rule.fewerLeft", title, e.available());
        }
        if (sold.businessId() != exhibitor.businessId()) {
            throw new ExhibitionRuleException("exhibition.sales.rule.notShown");
        }
        return sold;
    }

    /** One of the booth's sales by its receipt number. */
    public BoothSaleView sale(long userId, long stageId, String receipt) {
        Booth booth = booth(userId, stageId);
        return rows.findByReceiptNumber(receipt)
                .filter(sale -> sale.toView().stageId() == stageId
                        && sale.businessId() == booth.exhibitor().businessId())
                .map(BoothSale::toView).orElseThrow(ExhibitionNotFoundException::new);
    }

    /** The dynamic QRIS payload for a QRIS sale still waiting for payment; empty otherwise. */
    public Optional<String> qrisOf(long userId, long stageId, String receipt) {
        BoothSaleView sale = sale(userId, stageId, receipt);
        if (!sale.isAwaitingPayment() || sale.method() != SaleMethod.QRIS) {
            return Optional.empty();
        }
        return payments.dynamicQris(sale.businessId(), sale.total());
    }

    /**
     * The exhibitor saw the QRIS payment arrive.
     *
     * @throws ExhibitionRuleException when the sale is not waiting for payment
     */
    @Transactional
    public BoothSaleView markPaid(long userId, long stageId, String receipt) {
        BoothSale sale = locked(userId, stageId, receipt);
        sale.markPaid(userId, clock.instant());
        intoLedger(sale, userId);
        return rows.saveAndFlush(sale).toView();
    }

    /**
     * The buyer did not pay after all: the sale is cancelled and its pieces go back on sale.
     *
     * @throws ExhibitionRuleException when the sale is not waiting for payment
     */
    @Transactional
    public BoothSaleView cancel(long userId, long stageId, String receipt) {
        BoothSale sale = locked(userId, stageId, receipt);
        sale.cancel(userId, clock.instant());
        if (sale.productId() != null) {
            stock.putBack(sale.productId(), sale.quantity());
        }
        return rows.saveAndFlush(sale).toView();
    }

    private BoothSale locked(long userId, long stageId, String receipt) {
        Booth booth = booth(userId, stageId);
        return rows.lockedByReceipt(stageId, booth.exhibitor().businessId(), receipt)
                .orElseThrow(ExhibitionNotFoundException::new);
    }

    private void intoLedger(BoothSale sale, long userId) {
        ledger.paymentConfirmed(sale.receiptNumber(), sale.businessId(),
                sale.method() == SaleMethod.QRIS ? LedgerEntry.Method.QRIS : LedgerEntry.Method.CASH, sale.total(),
                userId, "booth sale");
    }

    private record Booth(StagePlace place, ExhibitorView exhibitor) {
    }

    /** The person's business at the stage; not found for anyone not of an exhibiting business. */
    private Booth booth(long userId, long stageId) {
        long businessId = artisans.businessIdOf(userId).orElseThrow(ExhibitionNotFoundException::new);
        ExhibitorView exhibitor = roster.exhibitor(stageId, businessId).orElseThrow(ExhibitionNotFoundException::new);
        StagePlace place = stages.find(stageId).orElseThrow(ExhibitionNotFoundException::new);
        return new Booth(place, exhibitor);
    }

    /** BS-261006-7F3K9Q: the day of the sale in Bali and six letters nobody misreads. */
    private static String newReceipt(LocalDate day) {
        return ReferenceNumbers.next("BS", day);
    }

    private static SalesTotals totals(List<BoothSaleView> sales) {
        SalesTotals totals = SalesTotals.NONE;
        for (BoothSaleView sale : sales) {
            totals = totals.plus(sale);
        }
        return totals;
    }

    // ---- officers and reports

    /**
     * A stage's booth sales for an officer of the organising council.
     *
     * @throws ExhibitionNotFoundException outside the officer's areas, or when the stage is not the exhibition's
     */
    public BoothSalesSummary summaryFor(long officerId, long exhibitionId, long stageId) {
        stages.forOfficer(officerId, exhibitionId, stageId);
        return summaryOf(stageId);
    }

    /** A stage's paid booth sales in all, per exhibitor, per product or item and per day, for reports. */
    public BoothSalesSummary summaryOf(long stageId) {
        List<ExhibitorSales> exhibitors = jdbc.sql("""
                        SELECT business_id, count(*) AS sales,
                               coalesce(sum(total) FILTER (WHERE method = 'QRIS'), 0) AS qris,
                               coalesce(sum(total) FILTER (WHERE method = 'CASH'), 0) AS cash
                        FROM exhibition_booth_sale WHERE stage_id = ? AND status = 'PAID'
                        GROUP BY business_id ORDER BY sum(total) DESC, business_id""")
                .param(stageId)
                .query((row, n) -> new ExhibitorSales(row.getLong("business_id"), new SalesTotals(row.getInt("sales"),
                        Rupiah.of(row.getLong("qris")), Rupiah.of(row.getLong("cash")))))
                .list();
        List<ItemSales> items = jdbc.sql("""
                        SELECT business_id, product_id, min(item) AS item, sum(quantity) AS pieces,
                               sum(total) AS revenue
                        FROM exhibition_booth_sale WHERE stage_id = ? AND status = 'PAID'
                        GROUP BY business_id, product_id, CASE WHEN product_id IS NULL THEN item END
                        ORDER BY sum(total) DESC, min(item)""")
                .param(stageId)
                .query((row, n) -> new ItemSales(row.getLong("business_id"),
                        row.getObject("product_id") == null ? null : row.getLong("product_id"), row.getString("item"),
                        row.getLong("pieces"), Rupiah.of(row.getLong("revenue"))))
                .list();
        List<DaySales> days = jdbc.sql("""
                        SELECT sale_day, count(*) AS sales,
                               coalesce(sum(total) FILTER (WHERE method = 'QRIS'), 0) AS qris,
                               coalesce(sum(total) FILTER (WHERE method = 'CASH'), 0) AS cash
                        FROM exhibition_booth_sale WHERE stage_id = ? AND status = 'PAID'
                        GROUP BY sale_day ORDER BY sale_day""")
                .param(stageId)
                .query((row, n) -> new DaySales(row.getObject("sale_day", LocalDate.class),
                        new SalesTotals(row.getInt("sales"), Rupiah.of(row.getLong("qris")),
                                Rupiah.of(row.getLong("cash")))))
                .list();
        SalesTotals total = days.stream().map(DaySales::totals).reduce(SalesTotals.NONE, SalesTotals::plus);
        return new BoothSalesSummary(stageId, total, exhibitors, items, days);
    }
}
