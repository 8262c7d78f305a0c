package id.kriya.ordering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kriya.catalog.ProductMother.aProduct;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import id.kriya.MutableClock;
import id.kriya.PhoneBrowser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.payment.Bank;
import id.kriya.payment.PaymentSettings;
import id.kriya.payment.qris.QrisPayload;
import id.kriya.payment.qris.TestQris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 4's "Done when" on a phone-sized screen: a buyer in Denpasar and a buyer abroad each buy from two artisans;
 * one order is paid by QRIS (the QR decodes to a payload with a valid CRC and the exact total), one by transfer;
 * the artisans confirm, ship and mark them arrived; the buyers confirm and the orders complete. An unpaid order
 * expires and frees its piece.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
class OrderJourneyIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestArtisans artisans;

    @Autowired
    PaymentSettings payments;

    @Autowired
    OrderManagement orders;

    @Autowired
    DueOrders due;

    @Autowired
    MutableClock clock;

    @BeforeAll
    static void launch() {
        browser = PhoneBrowser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void twoBuyersBuyFromTwoArtisansWhoGetPaidShipAndSeeTheOrdersComplete() {
        Artisan weaver = artisans.verified("51.05");
        payments.useQris(weaver.user().id(), TestQris.staticFor("TENUN IKAT GELGEL", "KLUNGKUNG"));
        payments.useBankAccount(weaver.user().id(), Bank.BPD_BALI, "0200202123456", "Ni Luh Sari");
        Artisan silversmith = artisans.verified("51.04");
        payments.useBankAccount(silversmith.user().id(), Bank.BRI, "012301000123456", "I Made Perak");
        List<ProductView> pieces = List.of(
                artisans.published(weaver, aProduct().titled("Kain Endek Cepuk Biru").pricedAt(950_000).oneOfAKind()),
                artisans.published(silversmith, aProduct().titled("Gelang Perak Celuk").pricedAt(750_000).oneOfAKind()),
                artisans.published(weaver, aProduct().titled("Selendang Endek Patra").pricedAt(350_000).oneOfAKind()),
                artisans.published(silversmith, aProduct().titled("Anting Perak Jawan").pricedAt(450_000).oneOfAKind()));

        List<String> local = buy(browser.newVisitor(), pieces.subList(0, 2), false, "denpasar");
        List<String> abroad = buy(browser.newVisitor(), pieces.subList(2, 4), true, "abroad");

        for (String number : concat(local, abroad)) {
            OrderView order = orders.find(number).orElseThrow();
            Artisan seller = order.businessId() == weaver.businessId() ? weaver : silversmith;
            boolean qris = seller == weaver && local.contains(number);
            ship(seller, order, qris);
        }
        Page buyer = browser.newVisitor();
        for (String number : local) {
            buyer.navigate(url("/orders/" + number + "?key=" + orders.find(number).orElseThrow().checkoutId()));
            buyer.locator("form[action*='/received'] button").click();
            assertThat(buyer.locator(".badge").first()).hasText("Selesai");
        }
        PhoneBrowser.screenshot(buyer, "order-completed");
        for (String number : concat(local, abroad)) {
            OrderView order = orders.find(number).orElseThrow();
            org.assertj.core.api.Assertions.assertThat(order.status()).as(number)
                    .isEqualTo(local.contains(number) ? OrderStatus.COMPLETED : OrderStatus.ARRIVED);
        }
        clock.advance(Duration.ofDays(3));
        due.runDue(false);
        for (String number : abroad) {
            org.assertj.core.api.Assertions.assertThat(orders.find(number).orElseThrow().status())
                    .isEqualTo(OrderStatus.COMPLETED);
        }
    }

    @Test
    void anUnpaidOrderExpiresAndItsPieceIsForSaleAgain() {
        Artisan weaver = artisans.verified("51.05");
        ProductView piece = artisans.published(weaver, aProduct().titled("Songket Sidemen Merah").oneOfAKind());
        String number = buy(browser.newVisitor(), List.of(piece), false, "expiring").get(0);
        Page visitor = browser.newVisitor();
        visitor.navigate(url("/products/" + piece.slug()));
        assertThat(visitor.locator("form.buy")).hasCount(0);

        clock.advance(Duration.ofHours(25));
        due.runDue(true);

        visitor.navigate(url("/products/" + piece.slug()));
        assertThat(visitor.locator("form.buy button:not([name=buyNow])")).isVisible();
        org.assertj.core.api.Assertions.assertThat(orders.find(number).orElseThrow().cancelledBy())
                .isEqualTo(CancelledBy.EXPIRY);
        org.assertj.core.api.Assertions.assertThat(artisans.reload(weaver, piece.id()).status())
                .isEqualTo(ProductStatus.PUBLISHED);
    }

    /** A guest puts the pieces in the cart and checks out; returns the order numbers, one per artisan. */
    List<String> buy(Page page, List<ProductView> pieces, boolean abroad, String shot) {
        for (ProductView piece : pieces) {
            page.navigate(url("/products/" + piece.slug()));
            page.locator("form.buy button:not([name=buyNow])").click();
            assertThat(page.locator(".flash.success")).isVisible();
        }
        page.locator("main a[href='/checkout']").click();
        page.locator("#name").fill(abroad ? "Sarah Thompson" : "Wayan Pembeli");
        page.locator("#email").fill(abroad ? "sarah@example.com" : "wayan@example.com");
        page.locator("#phone").fill(abroad ? "+31612345678" : "+6281337001122");
        if (abroad) {
            page.locator("#country").selectOption("NL");
            page.locator("#city").fill("Amsterdam");
            page.locator("#lines").fill("Damrak 70");
            page.locator("#postalCode").fill("1012 LM");
        } else {
            page.locator("#regionCode").selectOption("51.71");
            page.locator("#city").fill("Denpasar");
            page.locator("#district").fill("Denpasar Timur");
            page.locator("#lines").fill("Jl. Gatot Subroto Timur 88");
            page.locator("#postalCode").fill("80237");
        }
        page.locator("button[value=review]").click();
        assertThat(page.locator(".checkout-part")).hasCount(pieces.size() == 1 ? 1 : 2);
        if (abroad) {
            assertThat(page.locator(".checkout-part").first()).containsText("CN22");
        }
        PhoneBrowser.screenshot(page, "checkout-" + shot);
        page.locator("button[value=place]").click();
        assertThat(page.locator("h1")).hasText("Pesanan dibuat");
        List<String> numbers = new ArrayList<>(page.locator(".order-list a").allTextContents());
        if (!abroad && pieces.size() == 2) {
            payByQrisOrTransfer(page);
        }
        return numbers;
    }

    /** The first order is paid by QRIS: its QR code holds exactly the order's total, with a valid CRC. */
    void payByQrisOrTransfer(Page page) {
        page.locator(".order-list a").first().click();
        String number = page.locator("h1").textContent().replace("Pesanan ", "").strip();
        OrderView order = orders.find(number).orElseThrow();
        if (page.locator(".qris img").count() == 0) {
            page.goBack();
            page.locator(".order-list a").nth(1).click();
            number = page.locator("h1").textContent().replace("Pesanan ", "").strip();
            order = orders.find(number).orElseThrow();
        }
        String src = page.locator(".qris img").getAttribute("src");
        byte[] png = page.context().request().get(url(src)).body();
        QrisPayload scanned = QrisPayload.parse(TestQris.decode(png));
        org.assertj.core.api.Assertions.assertThat(scanned.amount()).contains(Long.toString(order.total().amount()));
        org.assertj.core.api.Assertions.assertThat(scanned.merchantName()).isEqualTo("TENUN IKAT GELGEL");
        assertThat(page.locator(".transfer")).containsText("0200202123456");
        PhoneBrowser.screenshot(page, "order-pay");
    }

    /** The artisan confirms the money (QRIS or transfer), processes, ships with a tracking number, marks it arrived. */
    void ship(Artisan seller, OrderView order, boolean qris) {
        Page page = browser.newVisitor();
        page.navigate(url("/signin"));
        page.locator("#email").fill(seller.user().email());
        page.locator("#password").fill(TestPeople.PASSWORD);
        page.locator("main button[type=submit]").click();
        page.navigate(url("/my/orders/" + order.number()));
        page.locator("form[action$='/paid']:has(input[value=" + (qris ? "QRIS" : "BANK_TRANSFER") + "]) button").click();
        assertThat(page.locator(".badge").first()).hasText("Dibayar");
        page.locator("form[action$='/process'] button").click();
        page.locator("#tracking").fill(TestCheckouts.trackingFor(order));
        page.locator("form[action$='/ship'] button").click();
        assertThat(page.locator(".badge").first()).hasText("Dikirim");
        page.locator("form[action$='/arrived'] button").click();
        assertThat(page.locator(".badge").first()).hasText("Tiba");
        PhoneBrowser.screenshot(page, "inbox-" + order.number());
        page.context().close();
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
