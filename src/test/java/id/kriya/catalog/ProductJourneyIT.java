package id.kriya.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.kriya.PhoneBrowser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.currency.Currency;
import id.kriya.catalog.currency.CurrencyRates;
import id.kriya.media.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProductJourneyIT {

    static final String TITLE = "Kain Tenun Ikat Endek Motif Patra Kuning";

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

    /**
     * The journey of issue 3's "Done when", on a phone-sized screen: an artisan adds a product with photos from the
     * phone and publishes it; a buyer finds it by "menenun" and with a typo within seconds, narrows by regency with
     * the filter (the URL stays shareable), opens it and shares it; a buyer from abroad sees an approximate price.
     */
    @Test
    void artisanAddsAProductOnAPhoneAndABuyerFindsOpensAndSharesIt() {
        rates.set(Map.of(Currency.USD, new BigDecimal("16000")), 1L);
        Artisan me = artisans.payable(artisans.verified());
        Page page = browser.newVisitor();
        List<String> problems = new ArrayList<>();
        watchConsole(page, problems);

        page.navigate(url("/signin"));
        page.locator("#email").fill(me.user().email());
        page.locator("#password").fill(TestPeople.PASSWORD);
        page.locator("main button[type=submit]").click();
        page.navigate(url("/my/products/new"));
        page.locator("#title").fill(TITLE);
        page.locator("#storyId").fill("Ditenun dengan ATBM di Sidemen, pewarna alam dari kayu secang.");
        page.locator("#storyEn").fill("Hand-loomed in Sidemen, dyed with sappan wood.");
        page.locator("#category").selectOption("TENUN_ENDEK");
        page.locator("#materials").fill("Sutra, pewarna alam");
        page.locator("#technique").selectOption("TENUN_IKAT_ATBM");
        page.locator("#lengthCm").fill("200");
        page.locator("#widthCm").fill("110");
        page.locator("#heightCm").fill("1");
        page.locator("#weightGrams").fill("380");
        // Folded, the cloth ships as a small parcel.
        page.locator("#parcelLengthCm").fill("30");
        page.locator("#parcelWidthCm").fill("20");
        page.locator("#parcelHeightCm").fill("4");
        page.locator("#parcelWeightGrams").fill("450");
        page.locator("#price").fill("1250000");
        page.locator("#stockKind").selectOption("LIMITED");
        page.locator("#stock").fill("3");
        PhoneBrowser.screenshot(page, "product-form");
        page.locator("main form.stacked button[type=submit]").click();
        // Saved without photos, the product goes straight to its photo step.
        assertThat(page.locator(".flash.success")).containsText("tambahkan fotonya");
        assertThat(page).hasURL(Pattern.compile(".*/my/products/\\d+/photos"));

        page.locator("main a[href='/my/products']").first().click();
        page.locator("main form[action$=publish] button").first().click();
        assertThat(page.locator(".flash.error")).containsText("minimal satu foto");
        // As a phone sends them: a JPEG with its orientation and GPS position in Exif, and a plain one.
        page.locator("#photos").setInputFiles(new FilePayload[] {
                new FilePayload("IMG_20261125_101500.jpg", "image/jpeg",
                        TestImages.withExif(TestImages.jpeg(TestImages.sharp(800, 600)), 1)),
                new FilePayload("IMG_20261125_101512.jpg", "image/jpeg", TestImages.jpeg(TestImages.sharp(600, 800)))});
        page.locator("main form[enctype] button[type=submit]").click();
        assertThat(page.locator(".flash.success")).isVisible();
        assertThat(page.locator("ol.photo-list > li")).hasCount(2);
        String cover = page.locator("ol.photo-list > li img").first().getAttribute("src");
        PhoneBrowser.screenshot(page, "product-photos");
        page.locator("main a[href='/my/products']").first().click();
        page.locator("main form[action$=publish] button").first().click();
        assertThat(page.locator(".flash.success")).containsText("terbit");

        Page buyer = browser.newVisitor();
        watchConsole(buyer, problems);
        buyer.navigate(url("/search"));
        Locator card = searchUntilFound(buyer, "menenun");
        org.assertj.core.api.Assertions.assertThat(cover).as("the first photo uploaded is the cover").isNotBlank();
        Locator cardPhoto = card.locator(".card-photo img");
        assertThat(cardPhoto).hasAttribute("src", cover.replace("/thumb.jpg", "/small.jpg"));
        assertThat(cardPhoto).hasAttribute("alt", TITLE);
        cardPhoto.scrollIntoViewIfNeeded();
        buyer.waitForFunction("img => img.complete && img.naturalWidth > 0", cardPhoto.elementHandle());
        PhoneBrowser.screenshot(buyer, "search-menenun");

        searchUntilFound(buyer, "tenon ikat");

        // Narrowing with the filter: htmx swaps the results, and the address bar keeps a shareable URL.
        buyer.evaluate("() => { window.kriyaSamePage = true; }");
        buyer.locator("details.filters-panel > summary").click();
        buyer.locator("#search-regency").selectOption("51.07");
        assertThat(buyer).hasURL(Pattern.compile(".*[?&]regency=51\\.07.*"));
        assertThat(buyer).hasURL(Pattern.compile(".*[?&]q=tenon(\\+|%20)ikat.*"));
        assertThat(resultCard(buyer)).isVisible();
        assertThat(buyer.locator(".facet a.active")).containsText("Karangasem");
        org.assertj.core.api.Assertions.assertThat(buyer.evaluate("() => window.kriyaSamePage === true"))
                .as("the results were swapped in, not a new page loaded").isEqualTo(true);
        PhoneBrowser.screenshot(buyer, "search-regency");
        // The address is worth sharing: opened again, it shows the same search with the filter in force.
        buyer.reload();
        assertThat(buyer.locator("#search-regency")).hasValue("51.07");
        assertThat(buyer.locator("#search-q")).hasValue("tenon ikat");
        assertThat(resultCard(buyer)).isVisible();

        resultCard(buyer).locator("strong").click();
        assertThat(buyer.locator("h1")).hasText(TITLE);
        assertThat(buyer.locator(".price").first()).hasText("Rp1.250.000");
        assertThat(buyer.locator(".stock")).hasText("Sisa 3");
        assertThat(buyer.locator("img.product-photo").first()).isVisible();
        assertThat(buyer.locator(".gallery-strip img")).hasCount(2);
        PhoneBrowser.screenshot(buyer, "product-id");

        String productUrl = buyer.locator("link[rel=canonical]").getAttribute("href");
        org.assertj.core.api.Assertions.assertThat(productUrl).endsWith(buyer.url().replaceFirst("^https?://[^/]+", ""));
        String share = buyer.locator("a[href^='https://wa.me/?text=']").getAttribute("href");
        org.assertj.core.api.Assertions.assertThat(URLDecoder.decode(share.substring(share.indexOf("text=") + 5), StandardCharsets.UTF_8))
                .contains(TITLE).contains(productUrl);
        assertThat(buyer.locator("meta[property='og:title']")).hasAttribute("content", TITLE);
        org.assertj.core.api.Assertions.assertThat(buyer.locator("meta[property='og:image']").getAttribute("content"))
                .matches("https?://.+").endsWith(cover.replace("/thumb.jpg", "/card.jpg"));
        assertThat(buyer.locator("meta[property='og:url']")).hasAttribute("content", productUrl);

        buyer.navigate(buyer.url() + "?lang=en");
        assertThat(buyer.locator(".story")).hasText("Hand-loomed in Sidemen, dyed with sappan wood.");
        assertThat(buyer.locator(".approx")).hasText("≈ approx. USD 78.13");
        assertThat(buyer.locator("a[href^='https://wa.me/?text=']")).isVisible();
        PhoneBrowser.screenshot(buyer, "product-en");

        org.assertj.core.api.Assertions.assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
    }

    /**
     * Types the words into the search box until the product shows among the results: a saved product must be
     * searchable within seconds, so this tries again for up to five of them.
     */
    private static Locator searchUntilFound(Page page, String words) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Locator card = resultCard(page);
        while (true) {
            // htmx swaps the whole results element: the marked one is gone once the new results are in.
            page.locator("#search-results").evaluate("results => results.dataset.stale = 'yes'");
            page.locator("#search-q").fill(words);
            page.locator("#search-q").press("Enter");
            page.locator("#search-results:not([data-stale])").waitFor();
            if (card.count() > 0 || System.nanoTime() > deadline) {
                break;
            }
            page.waitForTimeout(200);
        }
        assertThat(card).isVisible();
        assertThat(page.locator("#search-q")).hasValue(words);
        return card;
    }

    private static Locator resultCard(Page page) {
        return page.locator(".search-cards .product-card").filter(new Locator.FilterOptions().setHasText(TITLE));
    }

    private static void watchConsole(Page page, List<String> problems) {
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });
    }
}
