package id.kriya.ordering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kriya.catalog.ProductMother.aProduct;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import id.kriya.PhoneBrowser;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.currency.Currency;
import id.kriya.catalog.currency.CurrencyRates;
import id.kriya.payment.gateway.SnapStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10 on a phone-sized screen: a buyer with an Australian address sees the total in Australian dollars
 * (approximately), chooses card, lands on the gateway's page (the local Snap stand-in), pays; the stand-in posts the
 * signed settlement and the order shows paid.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CardJourneyIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestArtisans artisans;

    @Autowired
    CurrencyRates rates;

    @Autowired
    OrderManagement orders;

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
    void aBuyerInAustraliaPaysByCardOnTheGatewaysPageAndTheOrderShowsPaid() {
        rates.set(Map.of(Currency.AUD, new BigDecimal("10500"), Currency.USD, new BigDecimal("16200"),
                Currency.EUR, new BigDecimal("17600")), 1L);
        SnapStandIn snap = SnapStandIn.shared();
        snap.notifyTo(URI.create(url("/payments/midtrans/notification")));
        Artisan weaver = artisans.verified("51.05");
        ProductView cloth = artisans.published(weaver,
                aProduct().titled("Kain Endek Cepuk Merah").pricedAt(1_850_000).oneOfAKind());
        Page page = browser.newVisitor();

        page.navigate(url("/products/" + cloth.slug()));
        page.locator("form.buy button:not([name=buyNow])").click();
        page.navigate(url("/checkout"));
        page.locator("#name").fill("Sarah Thompson");
        page.locator("#email").fill("sarah@example.com.au");
        page.locator("#phone").fill("+61412345678");
        page.locator("#country").selectOption("AU");
        page.locator("#city").fill("Fitzroy");
        page.locator("#lines").fill("12 Smith Street");
        page.locator("#postalCode").fill("3065");
        page.locator("#postalCode").blur();
        // The totals come in by themselves (htmx) once the address is whole.
        assertThat(page.locator(".totals .approx")).containsText("≈ A$");
        assertThat(page.locator(".totals .approx")).containsText("(perkiraan)");
        PhoneBrowser.screenshot(page, "card-checkout-aud");

        page.locator("input[name=payment][value=CARD]").check();
        page.locator("button[value=place]").click();
        page.waitForURL(address -> address.startsWith(snap.baseUrl().toString()));
        assertThat(page.locator("#amount")).containsText("IDR");
        PhoneBrowser.screenshot(page, "card-gateway-page");
        String number = page.locator("#order").textContent().strip();

        try {
            page.locator("#pay").click();
        } catch (PlaywrightException e) {
            // The stand-in sends the buyer back to the configured public address, which this test's server is not.
        }
        await().atMost(Duration.ofSeconds(15)).until(() ->
                orders.find(number).orElseThrow().status() == OrderStatus.PAID);
        OrderView order = orders.find(number).orElseThrow();
        page.navigate(url("/orders/" + number + "?key=" + order.checkoutId()));
        assertThat(page.locator(".badge").first()).hasText("Dibayar");
        PhoneBrowser.screenshot(page, "card-order-paid");
    }
}
