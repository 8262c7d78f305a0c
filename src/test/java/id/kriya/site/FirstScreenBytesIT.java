package id.kriya.site;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import id.kriya.CraftPhotos;
import id.kriya.PhoneBrowser;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.web.ProductPhotoUploads;
import id.kriya.media.PhotoFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a cheap phone downloads for the first screen: a 360 × 740 screen at twice its density, pages whose products
 * carry real-sized photos (3000 × 2000 JPEGs, 1–2 MB each, uploaded through the same path as the artisans' form).
 * Everything the page loads is counted, HTML, CSS, scripts and images, until the network is idle: images further
 * down wait (loading=lazy) and are not counted because they are not fetched. Sizes are response bodies as they
 * crossed the wire (gzip for text, as Chromium reports them), without headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FirstScreenBytesIT {

    static final long PRODUCT_BUDGET = 150 * 1024;
    static final long SEARCH_BUDGET = 250 * 1024;

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Autowired
    ProductPhotoUploads uploads;

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

    @Test
    void aPhoneDownloadsLittleForTheFirstScreenOfASearchAndOfAProduct() {
        String marker = "kriyafon" + IntStream.range(0, 6)
                .mapToObj(i -> String.valueOf((char) ('a' + ThreadLocalRandom.current().nextInt(26))))
                .reduce("", String::concat);
        TestArtisans.Artisan maker = artisans.payable(artisans.verified());
        List<byte[]> photos = IntStream.range(0, 6).mapToObj(seed -> CraftPhotos.jpeg(seed % 2 == 0 ? 3000 : 2000,
                seed % 2 == 0 ? 2000 : 3000, seed)).toList();
        assertThat(photos).allMatch(jpeg -> jpeg.length > 1_000_000, "photos of a phone's size");
        List<ProductView> listed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ProductView draft = artisans.draft(maker, aProduct().titled("Kain Tenun " + marker + " " + (i + 1)));
            List<byte[]> mine = i == 0 ? photos.subList(0, 3) : List.of(photos.get(i % photos.size()));
            uploads.upload(maker.user().id(), draft.id(), mine.stream().map(FirstScreenBytesIT::file).toList());
            products.publish(maker.user().id(), draft.id());
            listed.add(artisans.reload(maker, draft.id()));
        }

        Page product = browser.newVisitor();
        Transfer productBytes = load(product, "/products/" + listed.get(0).slug());
        onFirstScreen(product, "h1", "main .price", "main .stock", "form.buy button[name=buyNow]", "img.product-photo >> nth=0");
        PhoneBrowser.screenshot(product, "first-screen-product");

        Page search = browser.newVisitor();
        Transfer searchBytes = load(search, "/search?q=" + marker);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(search.locator(".search-cards > li")).hasCount(12);
        onFirstScreen(search, "#search-q", "details.filters-panel > summary", ".search-cards > li >> nth=0");
        PhoneBrowser.screenshot(search, "first-screen-search");

        System.out.printf(Locale.ROOT, "First screen at 360 x 740, DPR 2: product %s; search %s%n", productBytes, searchBytes);
        assertThat(productBytes.images()).as("the product's main photo is fetched").isPositive();
        assertThat(searchBytes.images()).as("the tiles' photos are fetched").isPositive();
        assertThat(productBytes.total()).as("product page, %s", productBytes).isLessThanOrEqualTo(PRODUCT_BUDGET);
        assertThat(searchBytes.total()).as("search page, %s", searchBytes).isLessThanOrEqualTo(SEARCH_BUDGET);
    }

    private Transfer load(Page page, String path) {
        List<Request> finished = new ArrayList<>();
        page.onRequestFinished(finished::add);
        page.navigate("http://localhost:" + port + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        long total = 0;
        long images = 0;
        StringBuilder each = new StringBuilder();
        for (Request request : finished) {
            long bytes = request.sizes().responseBodySize;
            total += bytes;
            if ("image".equals(request.resourceType())) {
                images += bytes;
            }
            each.append(String.format(Locale.ROOT, "%n  %6d %s", bytes, request.url().replaceFirst("^https?://[^/]+", "")));
        }
        return new Transfer(total, images, finished.size(), each.toString());
    }

    /** Each element's bottom edge is within the first 740 pixels of the page, without scrolling. */
    private static void onFirstScreen(Page page, String... selectors) {
        for (String selector : selectors) {
            Locator element = page.locator(selector);
            BoundingBox box = element.boundingBox();
            assertThat(box).as(selector).isNotNull();
            assertThat(box.y + box.height).as("bottom of %s", selector).isLessThanOrEqualTo(740);
        }
    }

    private static PhotoFile file(byte[] jpeg) {
        return new PhotoFile() {
            @Override
            public String filename() {
                return "IMG_20261207.jpg";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(jpeg);
            }
        };
    }

    record Transfer(long total, long images, int requests, String each) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f KB in %d requests (images %.1f KB):%s", total / 1024.0, requests,
                    images / 1024.0, each);
        }
    }
}
