package id.kriya.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.kriya.PhoneBrowser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProductJourneyIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestArtisans artisans;

    @Autowired
    CurrencyRates rates;

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
    void artisanAddsAProductOnAPhoneAndABuyerFromAbroadOpensIt() {
        rates.set(Map.of(Currency.USD, new BigDecimal("16000")), 1L);
        Artisan me = artisans.verified();
        Page page = browser.newVisitor();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });

        page.navigate(url("/signin"));
        page.locator("#email").fill(me.user().email());
        page.locator("#password").fill(TestPeople.PASSWORD);
        page.locator("main button[type=submit]").click();
        page.navigate(url("/my/products/new"));
        page.locator("#title").fill("Kamen Endek Sutra Motif Patra Kuning");
        page.locator("#storyId").fill("Ditenun dengan ATBM di Sidemen, pewarna alam dari kayu secang.");
        page.locator("#storyEn").fill("Hand-loomed in Sidemen, dyed with sappan wood.");
        page.locator("#category").selectOption("TENUN_ENDEK");
        page.locator("#materials").fill("Sutra, pewarna alam");
        page.locator("#technique").selectOption("TENUN_IKAT_ATBM");
        page.locator("#lengthCm").fill("200");
        page.locator("#widthCm").fill("110");
        page.locator("#heightCm").fill("1");
        page.locator("#weightGrams").fill("380");
        page.locator("#price").fill("1250000");
        page.locator("#stockKind").selectOption("LIMITED");
        page.locator("#stock").fill("3");
        PhoneBrowser.screenshot(page, "product-form");
        page.locator("main form.stacked button[type=submit]").click();
        assertThat(page.locator(".flash.success")).isVisible();

        page.locator("main form[action$=publish] button").first().click();
        assertThat(page.locator(".flash.error")).containsText("minimal satu foto");
        page.locator("#photos").setInputFiles(new FilePayload[] {
                new FilePayload("depan.jpg", "image/jpeg", TestImages.jpeg(TestImages.sharp(800, 600))),
                new FilePayload("samping.jpg", "image/jpeg", TestImages.jpeg(TestImages.sharp(600, 800)))});
        page.locator("main form[enctype] button[type=submit]").click();
        assertThat(page.locator(".flash.success")).isVisible();
        assertThat(page.locator("ol.photo-list > li")).hasCount(2);
        PhoneBrowser.screenshot(page, "product-photos");
        page.locator("main a[href='/my/products']").first().click();
        page.locator("main form[action$=publish] button").first().click();
        assertThat(page.locator(".flash.success")).containsText("terbit");
        page.locator("main a:has-text('Lihat halaman')").first().click();
        assertThat(page.locator("h1")).hasText("Kamen Endek Sutra Motif Patra Kuning");
        assertThat(page.locator(".price").first()).hasText("Rp1.250.000");
        assertThat(page.locator(".stock")).hasText("Sisa 3");
        assertThat(page.locator("img.product-cover")).isVisible();
        assertThat(page.locator(".product-thumbs img")).hasCount(1);
        PhoneBrowser.screenshot(page, "product-id");

        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator(".story")).hasText("Hand-loomed in Sidemen, dyed with sappan wood.");
        assertThat(page.locator(".approx")).hasText("≈ approx. USD 78.13");
        assertThat(page.locator("a[href^='https://wa.me/?text=']")).isVisible();
        PhoneBrowser.screenshot(page, "product-en");

        org.assertj.core.api.Assertions.assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
    }
}
