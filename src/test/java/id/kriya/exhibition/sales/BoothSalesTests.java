package id.kriya.exhibition.sales;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductStock;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.sales.TestSaleStages.Stage;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.payment.PaymentSettings;
import id.kriya.payment.qris.QrisPayload;
import id.kriya.payment.qris.TestQris;
import id.kriya.shared.Rupiah;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionOperations;

@KriyaWebTest
class BoothSalesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    TestSaleStages booths;

    @Autowired
    BoothSales sales;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    PaymentSettings paymentSettings;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    id.kriya.exhibition.ExhibitorRoster roster;

    int salesAt(Stage stage) {
        return jdbc.queryForObject("SELECT count(*) FROM exhibition_booth_sale WHERE stage_id = ?", Integer.class,
                stage.id());
    }

    Document page(String html) {
        return Jsoup.parse(html);
    }

    @Test
    void aPieceSoldAtTheBoothCannotBeBoughtOnline() {
        Stage stage = booths.onNow();
        Artisan painter = artisans.verified("51.05");
        ProductView painting = artisans.published(painter, aProduct().titled("Lukisan Kamasan Ramayana").oneOfAKind());
        booths.admit(stage, painter, painting.id());
        CartOwner buyer = CartOwner.guest(UUID.randomUUID().toString());
        cart.add(buyer, painting.id(), 1);

        BoothSaleView sold = sales.record(painter.user().id(), stage.id(),
                NewBoothSale.ofProduct(painting.id(), 1, SaleMethod.CASH));

        assertThat(sold.isPaid()).isTrue();
        assertThat(sold.total()).isEqualTo(painting.price());
        assertThat(artisans.reload(painter, painting.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);
        assertThatThrownBy(() -> checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR)))
                .isInstanceOf(OrderRuleException.class)
                .extracting(e -> ((OrderRuleException) e).messageKey()).isEqualTo("ordering.checkout.soldOut");
    }

    @Test
    void aPieceJustSoldOnlineIsRefusedAtTheBoothWithAMessageAndNothingWritten() throws Exception {
        Stage stage = booths.onNow();
        Artisan painter = artisans.verified("51.05");
        ProductView painting = artisans.published(painter, aProduct().titled("Lukisan Kamasan Sita").oneOfAKind());
        booths.admit(stage, painter, painting.id());
        CartOwner buyer = CartOwner.guest(UUID.randomUUID().toString());
        cart.add(buyer, painting.id(), 1);
        checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR));

        String html = mvc.perform(post("/my/exhibitions/{stageId}/sales", stage.id()).with(user(painter.user())).with(csrf())
                        .param("product", "" + painting.id()).param("quantity", "1").param("method", "CASH"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page(html).select("#product-error").text())
                .contains("Lukisan Kamasan Sita").contains("sudah habis terjual").contains("tidak dicatat");
        assertThat(salesAt(stage)).isZero();
        assertThatThrownBy(() -> sales.record(painter.user().id(), stage.id(),
                NewBoothSale.ofProduct(painting.id(), 1, SaleMethod.CASH)))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.sales.rule.soldOut");
        assertThat(salesAt(stage)).isZero();
        assertThat(ledger.ofBusiness(painter.businessId(), org.springframework.data.domain.Pageable.ofSize(10))
                .getContent()).isEmpty();
    }

    @Test
    void aSaleAboveTheStockLeftIsRefusedAndTheStockStays() throws Exception {
        Stage stage = booths.onNow();
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek Cepuk").limited(2));
        booths.admit(stage, weaver, cloth.id());

        String html = mvc.perform(post("/my/exhibitions/{stageId}/sales", stage.id()).with(user(weaver.user())).with(csrf())
                        .param("product", "" + cloth.id()).param("quantity", "3").param("method", "CASH"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page(html).select("#quantity-error").text()).isEqualTo(
                "Stok \"Kain Endek Cepuk\" tinggal 2. Penjualan tidak dicatat dan stok tidak berubah.");
        assertThat(artisans.reload(weaver, cloth.id()).stock()).isEqualTo(2);
        assertThat(salesAt(stage)).isZero();
    }

    @Test
    void aQrisSaleShowsACodeForExactlyItsAmountPayingTheArtisan() throws Exception {
        Stage stage = booths.onNow();
        Artisan weaver = artisans.verified("51.07");
        paymentSettings.useQris(weaver.user().id(), TestQris.staticFor("TENUN IKAT SIDEMEN", "KARANGASEM"));
        ProductView cloth = artisans.published(weaver, aProduct().pricedAt(850_000).limited(5));
        booths.admit(stage, weaver, cloth.id());

        String location = mvc.perform(post("/my/exhibitions/{stageId}/sales", stage.id()).with(user(weaver.user())).with(csrf())
                        .param("product", "" + cloth.id()).param("quantity", "2").param("method", "QRIS"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String receipt = location.substring(location.lastIndexOf('/') + 1);
        assertThat(receipt).matches("BS-\\d{6}-[2-9A-Z]{6}");

        Document sale = page(mvc.perform(get(location).with(user(weaver.user())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sale.select(".sale-amount").text()).isEqualTo("Rp1.700.000");
        assertThat(sale.select(".sale-qris img").attr("src")).isEqualTo(location + "/qris.png");
        assertThat(sale.select(".sale-actions button").eachText()).containsExactly("Sudah dibayar", "Batal");
        byte[] png = mvc.perform(get(location + "/qris.png").with(user(weaver.user())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        QrisPayload scanned = QrisPayload.parse(TestQris.decode(png));
        assertThat(scanned.isDynamic()).isTrue();
        assertThat(scanned.amount()).contains("1700000");
        assertThat(scanned.merchantName()).isEqualTo("TENUN IKAT SIDEMEN");
        assertThat(artisans.reload(weaver, cloth.id()).stock()).isEqualTo(3);

        mvc.perform(post(location + "/paid").with(user(weaver.user())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(sales.sale(weaver.user().id(), stage.id(), receipt).status()).isEqualTo(SaleStatus.PAID);
        assertThat(ledger.of(receipt)).singleElement().satisfies(entry -> {
            assertThat(entry.method()).isEqualTo(LedgerEntry.Method.QRIS);
            assertThat(entry.amount()).isEqualTo(Rupiah.of(1_700_000));
        });
        mvc.perform(get(location + "/qris.png").with(user(weaver.user()))).andExpect(status().isNotFound());
    }

    @Test
    void qrisIsRefusedAboveItsLimitAndWithoutAQrisOnFile() {
        Stage stage = booths.onNow();
        Artisan silversmith = artisans.verified("51.04");
        booths.admit(stage, silversmith);

        assertThatThrownBy(() -> sales.record(silversmith.user().id(), stage.id(),
                NewBoothSale.ofItem("Cincin perak", 1, Rupiah.of(450_000), SaleMethod.QRIS)))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.sales.rule.noQris");
        paymentSettings.useQris(silversmith.user().id(), TestQris.staticFor("PERAK CELUK", "GIANYAR"));
        assertThatThrownBy(() -> sales.record(silversmith.user().id(), stage.id(),
                NewBoothSale.ofItem("Keris perak", 2, Rupiah.of(6_000_000), SaleMethod.QRIS)))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.sales.rule.overQrisLimit");
        assertThat(salesAt(stage)).isZero();
    }

    @Test
    void aCashSaleOfAFreeTextItemIsPaidAtOnceWithAReceipt() throws Exception {
        Stage stage = booths.onNow();
        Artisan cook = artisans.verified("51.71");
        booths.admit(stage, cook);
        KriyaUser staff = artisans.staffOf(cook);

        mvc.perform(post("/my/exhibitions/{stageId}/sales", stage.id()).with(user(staff)).with(csrf())
                        .param("product", "other").param("item", "Nasi jinggo").param("price", "10000")
                        .param("quantity", "3").param("method", "CASH"))
                .andExpect(status().is3xxRedirection());

        Document desk = page(mvc.perform(get("/my/exhibitions/{stageId}/sales", stage.id()).with(user(cook.user())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(desk.select(".sale-list .sale-item").eachText()).containsExactly("Nasi jinggo × 3");
        assertThat(desk.select(".sale-list .sale-meta").text()).contains("Tunai").contains("Lunas");
        assertThat(desk.select(".sale-totals").first().select(".sum dd").text()).isEqualTo("Rp30.000");
        BoothSaleView sale = sales.desk(cook.user().id(), stage.id(), null).sales().get(0);
        assertThat(sale.recordedBy()).isEqualTo(staff.id());
        assertThat(ledger.of(sale.receiptNumber())).extracting(LedgerEntry::method)
                .containsExactly(LedgerEntry.Method.CASH);
    }

    @Test
    void aFreeTextItemNeedsANameAndAPrice() throws Exception {
        Stage stage = booths.onNow();
        Artisan cook = artisans.verified("51.71");
        booths.admit(stage, cook);

        Document form = page(mvc.perform(post("/my/exhibitions/{stageId}/sales", stage.id()).with(user(cook.user()))
                        .with(csrf()).param("product", "other").param("item", " ").param("quantity", "1")
                        .param("method", "CASH"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(form.select("#item-error").text()).isEqualTo("Ketik nama barang, paling banyak 120 karakter.");
        assertThat(form.select("#price-error").text()).isEqualTo("Isi harga satuan barang lain.");
        assertThat(salesAt(stage)).isZero();
    }

    @Autowired
    BoothSaleRows rows;

    @Autowired
    ProductStock stock;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    Clock clock;

    @Test
    void aQrisSaleNobodyMarksPaidIsCancelledAfterTheWaitAndItsPieceIsForSaleAgain() {
        Stage stage = booths.onNow();
        Artisan weaver = artisans.verified("51.07");
        paymentSettings.useQris(weaver.user().id(), TestQris.staticFor("TENUN IKAT SIDEMEN", "KARANGASEM"));
        ProductView cloth = artisans.published(weaver, aProduct().oneOfAKind());
        booths.admit(stage, weaver, cloth.id());
        BoothSaleView sale = sales.record(weaver.user().id(), stage.id(),
                NewBoothSale.ofProduct(cloth.id(), 1, SaleMethod.QRIS));
        Duration wait = Duration.ofMinutes(30);

        assertThat(new UnpaidBoothSales(rows, stock, transactions, clock, wait).cancelOverdue())
                .as("not yet: the buyer may still be paying").isZero();
        new UnpaidBoothSales(rows, stock, transactions, Clock.offset(clock, wait.plusMinutes(1)), wait).cancelOverdue();

        assertThat(sales.sale(weaver.user().id(), stage.id(), sale.receiptNumber()).status())
                .isEqualTo(SaleStatus.CANCELLED);
        assertThat(artisans.reload(weaver, cloth.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(ledger.of(sale.receiptNumber())).isEmpty();
    }

    @Test
    void cancellingAnUnpaidQrisSalePutsThePiecesBack() {
        Stage stage = booths.onNow();
        Artisan weaver = artisans.verified("51.07");
        paymentSettings.useQris(weaver.user().id(), TestQris.staticFor("TENUN IKAT SIDEMEN", "KARANGASEM"));
        ProductView cloth = artisans.published(weaver, aProduct().limited(3));
        booths.admit(stage, weaver, cloth.id());

        BoothSaleView sale = sales.record(weaver.user().id(), stage.id(),
                NewBoothSale.ofProduct(cloth.id(), 2, SaleMethod.QRIS));
        assertThat(sale.isAwaitingPayment()).isTrue();
        assertThat(artisans.reload(weaver, cloth.id()).stock()).isEqualTo(1);

        assertThat(sales.cancel(weaver.user().id(), stage.id(), sale.receiptNumber()).status())
                .isEqualTo(SaleStatus.CANCELLED);

        assertThat(artisans.reload(weaver, cloth.id()).stock()).isEqualTo(3);
        assertThat(ledger.of(sale.receiptNumber())).isEmpty();
        assertThatThrownBy(() -> sales.markPaid(weaver.user().id(), stage.id(), sale.receiptNumber()))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.sales.rule.settled.CANCELLED");
        assertThat(sales.summaryOf(stage.id()).total()).isEqualTo(SalesTotals.NONE);
    }

    @Test
    void onlyTheExhibitorsOwnPeopleFindItsBooth() throws Exception {
        Stage stage = booths.onNow();
        Artisan weaver = artisans.verified("51.04");
        Artisan neighbour = artisans.verified("51.04");
        Artisan outsider = artisans.verified("51.04");
        booths.admit(stage, weaver);
        booths.admit(stage, neighbour);
        BoothSaleView sale = sales.record(weaver.user().id(), stage.id(),
                NewBoothSale.ofItem("Selendang", 1, Rupiah.of(150_000), SaleMethod.CASH));
        String desk = "/my/exhibitions/" + stage.id() + "/sales";

        mvc.perform(get(desk).with(user(weaver.user()))).andExpect(status().isOk());
        mvc.perform(get(desk).with(user(outsider.user()))).andExpect(status().isNotFound());
        mvc.perform(get(desk).with(user(people.buyer()))).andExpect(status().isNotFound());
        mvc.perform(post(desk).with(user(outsider.user())).with(csrf()).param("product", "other")
                .param("item", "Kain").param("price", "1000").param("quantity", "1").param("method", "CASH"))
                .andExpect(status().isNotFound());
        mvc.perform(get(desk + "/" + sale.receiptNumber()).with(user(neighbour.user())))
                .andExpect(status().isNotFound());
        mvc.perform(post(desk + "/" + sale.receiptNumber() + "/cancel").with(user(neighbour.user())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> sales.desk(outsider.user().id(), stage.id(), null))
                .isInstanceOf(ExhibitionNotFoundException.class);
        assertThat(salesAt(stage)).isEqualTo(1);
    }

    @Test
    void aProductNotShownAtTheStageCannotBeSoldThere() {
        Stage stage = booths.onNow();
        Artisan weaver = artisans.verified("51.04");
        ProductView shown = artisans.published(weaver, aProduct());
        ProductView notShown = artisans.published(weaver, aProduct());
        booths.admit(stage, weaver, shown.id());

        assertThatThrownBy(() -> sales.record(weaver.user().id(), stage.id(),
                NewBoothSale.ofProduct(notShown.id(), 1, SaleMethod.CASH)))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.sales.rule.notShown");
        assertThat(artisans.reload(weaver, notShown.id()).stock()).isEqualTo(3);
    }

    @Test
    void salesAreRecordedOnlyWhileTheStageIsOnAndCopiedFromTheBookForItsPastDays() throws Exception {
        Stage coming = booths.stage(3, 5);
        Stage past = booths.stage(-10, 7);
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct().pricedAt(400_000).limited(5));
        booths.admit(coming, weaver, cloth.id());
        booths.admit(past, weaver, cloth.id());
        NewBoothSale one = NewBoothSale.ofProduct(cloth.id(), 1, SaleMethod.CASH);

        assertThatThrownBy(() -> sales.record(weaver.user().id(), coming.id(), one))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.sales.rule.notStarted");
        Document refused = page(mvc.perform(post("/my/exhibitions/{stageId}/sales", past.id()).with(user(weaver.user()))
                        .with(csrf()).param("product", "" + cloth.id()).param("quantity", "1").param("method", "CASH"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select(".flash.error").text()).contains("sudah selesai").contains("Tidak ada yang berubah");
        assertThatThrownBy(() -> sales.recordFromBook(weaver.user().id(), past.id(), past.stage().end().plusDays(1), one))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.sales.rule.bookDay");
        assertThatThrownBy(() -> sales.recordFromBook(weaver.user().id(), coming.id(), coming.stage().start(), one))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.sales.rule.bookDay");
        assertThat(salesAt(coming) + salesAt(past)).isZero();
        assertThat(artisans.reload(weaver, cloth.id()).stock()).isEqualTo(5);

        mvc.perform(post("/my/exhibitions/{stageId}/sales/book", past.id()).with(user(weaver.user())).with(csrf())
                        .param("day", past.stage().start().plusDays(1).toString()).param("product", "" + cloth.id())
                        .param("quantity", "2").param("method", "QRIS"))
                .andExpect(status().is3xxRedirection());

        BoothDesk desk = sales.desk(weaver.user().id(), past.id(), past.stage().start().plusDays(1));
        assertThat(desk.sales()).singleElement().satisfies(sale -> {
            assertThat(sale.isPaid()).isTrue();
            assertThat(sale.fromBook()).isTrue();
            assertThat(sale.total()).isEqualTo(Rupiah.of(800_000));
        });
        assertThat(artisans.reload(weaver, cloth.id()).stock()).isEqualTo(3);
    }

    @Test
    void theSummaryAddsUpPaidSalesPerExhibitorPerItemAndPerDay() {
        Stage stage = booths.stage(-3, 3);
        Artisan weaver = artisans.verified("51.04");
        Artisan cook = artisans.verified("51.71");
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek").pricedAt(500_000).limited(9));
        booths.admit(stage, weaver, cloth.id());
        booths.admit(stage, cook);
        var first = stage.stage().start();
        sales.recordFromBook(weaver.user().id(), stage.id(), first, NewBoothSale.ofProduct(cloth.id(), 2, SaleMethod.QRIS));
        sales.recordFromBook(weaver.user().id(), stage.id(), first.plusDays(1), NewBoothSale.ofProduct(cloth.id(), 1, SaleMethod.CASH));
        sales.recordFromBook(cook.user().id(), stage.id(), first, NewBoothSale.ofItem("Nasi jinggo", 10, Rupiah.of(10_000), SaleMethod.CASH));
        sales.recordFromBook(cook.user().id(), stage.id(), first, NewBoothSale.ofItem("Nasi jinggo", 5, Rupiah.of(10_000), SaleMethod.QRIS));

        BoothSalesSummary summary = sales.summaryOf(stage.id());

        assertThat(summary.total()).isEqualTo(new SalesTotals(4, Rupiah.of(1_050_000), Rupiah.of(600_000)));
        assertThat(summary.exhibitors()).containsExactly(
                new BoothSalesSummary.ExhibitorSales(weaver.businessId(), new SalesTotals(2, Rupiah.of(1_000_000), Rupiah.of(500_000))),
                new BoothSalesSummary.ExhibitorSales(cook.businessId(), new SalesTotals(2, Rupiah.of(50_000), Rupiah.of(100_000))));
        assertThat(summary.items()).containsExactly(
                new BoothSalesSummary.ItemSales(weaver.businessId(), cloth.id(), "Kain Endek", 3, Rupiah.of(1_500_000)),
                new BoothSalesSummary.ItemSales(cook.businessId(), null, "Nasi jinggo", 15, Rupiah.of(150_000)));
        assertThat(summary.days()).extracting(BoothSalesSummary.DaySales::day).containsExactly(first, first.plusDays(1));
        assertThat(summary.days().get(0).totals()).isEqualTo(new SalesTotals(3, Rupiah.of(1_050_000), Rupiah.of(100_000)));
    }

    @Test
    void theArtisanFindsTheStagesItSellsAtLatestFirst() throws Exception {
        Stage past = booths.stage(-30, 5);
        Stage now = booths.onNow();
        Stage other = booths.onNow();
        Artisan weaver = artisans.verified("51.04");
        booths.admit(now, weaver);
        booths.admit(past, weaver);

        Document page = page(mvc.perform(get("/my/booth-sales").with(user(weaver.user())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select(".booth-stage a.button").eachAttr("href")).containsExactly(
                "/my/exhibitions/" + now.id() + "/sales", "/my/exhibitions/" + past.id() + "/sales");
        assertThat(page.select(".booth-stage .badge").eachText()).containsExactly("Sedang berlangsung", "Sudah selesai");
        assertThat(page.text()).doesNotContain(other.exhibition().title());
        Document nobody = page(mvc.perform(get("/my/booth-sales").with(user(people.buyer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(nobody.select(".empty").text()).isEqualTo("Usaha Anda belum menjadi peserta tahap pameran mana pun.");
    }

    @Test
    void aDoubleTapOnRecordRecordsTheSaleOnce() throws Exception {
        Stage stage = booths.onNow();
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct().limited(4));
        booths.admit(stage, weaver, cloth.id());
        String desk = "/my/exhibitions/" + stage.id() + "/sales";
        String token = page(mvc.perform(get(desk).with(user(weaver.user())))
                .andReturn().getResponse().getContentAsString()).select("form.sale-form input[name=token]").val();
        assertThat(token).isNotBlank();

        for (int tap = 0; tap < 2; tap++) {
            mvc.perform(post(desk).with(user(weaver.user())).with(csrf()).param("token", token)
                            .param("product", "" + cloth.id()).param("quantity", "2").param("method", "CASH"))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(salesAt(stage)).isEqualTo(1);
        assertThat(artisans.reload(weaver, cloth.id()).stock()).isEqualTo(2);
        String next = page(mvc.perform(get(desk).with(user(weaver.user())))
                .andReturn().getResponse().getContentAsString()).select("form.sale-form input[name=token]").val();
        assertThat(next).isNotEqualTo(token);
    }

    @Test
    void aBusinessWithdrawnFromTheStageKeepsItsSalesInTheSummaryButSellsNoMore() {
        Stage stage = booths.onNow();
        Artisan weaver = artisans.verified("51.04");
        booths.admit(stage, weaver);
        sales.record(weaver.user().id(), stage.id(),
                NewBoothSale.ofItem("Selendang", 2, Rupiah.of(150_000), SaleMethod.CASH));

        roster.withdraw(stage.id(), weaver.businessId());

        assertThat(sales.summaryOf(stage.id()).exhibitors()).singleElement().satisfies(exhibitor -> {
            assertThat(exhibitor.businessId()).isEqualTo(weaver.businessId());
            assertThat(exhibitor.totals().cash()).isEqualTo(Rupiah.of(300_000));
        });
        assertThatThrownBy(() -> sales.record(weaver.user().id(), stage.id(),
                NewBoothSale.ofItem("Selendang", 1, Rupiah.of(150_000), SaleMethod.CASH)))
                .isInstanceOf(ExhibitionNotFoundException.class);
    }

    @Autowired
    id.kriya.exhibition.report.StageSalesSource reportSource;

    @Autowired
    VisitorCounts visitorCounts;

    @Test
    void theStageReportReadsPaidBoothSalesAndVisitorsFromHere() {
        Stage stage = booths.stage(-3, 3);
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct().pricedAt(500_000).limited(9));
        booths.admit(stage, weaver, cloth.id());
        var first = stage.stage().start();
        sales.recordFromBook(weaver.user().id(), stage.id(), first, NewBoothSale.ofProduct(cloth.id(), 2, SaleMethod.QRIS));
        sales.recordFromBook(weaver.user().id(), stage.id(), first, NewBoothSale.ofItem("Selendang", 3, Rupiah.of(100_000), SaleMethod.CASH));
        visitorCounts.record(stage.officer().id(), stage.exhibition().id(), stage.id(), first, 420);

        assertThat(reportSource).isInstanceOf(BoothSalesReportSource.class);
        assertThat(reportSource.boothSalesByProduct(stage.id())).containsExactly(
                java.util.Map.entry(cloth.id(), new id.kriya.exhibition.report.StageSalesSource.Sales(1, 2, Rupiah.of(1_000_000))));
        assertThat(reportSource.boothSalesByBusiness(stage.id())).containsExactly(
                java.util.Map.entry(weaver.businessId(), new id.kriya.exhibition.report.StageSalesSource.Sales(2, 5, Rupiah.of(1_300_000))));
        assertThat(reportSource.boothSalesByMethod(stage.id())).containsOnlyKeys("CASH", "QRIS");
        assertThat(reportSource.boothSalesByMethod(stage.id()).get("CASH").revenue()).isEqualTo(Rupiah.of(300_000));
        assertThat(reportSource.visitorsByDay(stage.id())).containsExactly(java.util.Map.entry(first, 420L));
    }
}
