package id.kriya.trust;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kriya.catalog.ProductMother.aProduct;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import id.kriya.PhoneBrowser;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.TestImages;
import id.kriya.media.image.Renditions;
import id.kriya.trust.certificate.TestCertificates;
import id.kriya.trust.certificate.TestCertificates.Piece;
import id.kriya.trust.reuse.PhotoReuseQueue;
import id.kriya.trust.reuse.PhotoReuseStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/**
 * The certificate and the photos used twice on a phone-sized screen (360 × 740), as an officer and a visitor use
 * them, under the site's Content-Security-Policy; screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TrustPagesBrowserIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestCertificates certificates;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    MediaLibrary media;

    @Autowired
    ProductPhotos photos;

    @Autowired
    ProductManagement products;

    @Autowired
    PhotoReuseQueue queue;

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

    Page signedIn(KriyaUser user, List<String> problems) {
        Page page = browser.newVisitor();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });
        page.navigate(url("/signin"));
        page.locator("#email").fill(user.email());
        page.locator("#password").fill(TestPeople.PASSWORD);
        page.locator("main button[type=submit]").click();
        return page;
    }

    /** A full-page screenshot once every picture, lazy ones included, has arrived. */
    static void shot(Page page, String name) {
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.evaluate("() => window.scrollTo(0, 0)");
        page.waitForFunction("() => Array.from(document.images).every(image => image.complete)");
        PhoneBrowser.screenshot(page, name);
    }

    static void fitsThePhone(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("no sideways scrolling on %s", page.url())
                .isLessThanOrEqualTo(360);
    }

    @Test
    void anOfficerIssuesACertificateOnAPhoneAndAVisitorChecksItValidThenRevoked() {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind().titled("Kamben Endek Cepuk Merah Tua"));
        List<String> problems = new ArrayList<>();
        Page officer = signedIn(piece.officer(), problems);

        officer.navigate(url("/officer/certificates/products"));
        fitsThePhone(officer);
        shot(officer, "trust-officer-products");
        officer.navigate(url("/officer/certificates/products/" + piece.product().id() + "/new"));
        officer.locator("#checks0\\.finding").fill("diperiksa serat dan kilaunya di bengkel");
        officer.locator("#checks1\\.material").fill("Pewarna alam");
        officer.locator("#checks1\\.finding").fill("akar mengkudu dan indigo, diuji luntur");
        fitsThePhone(officer);
        shot(officer, "trust-officer-certificate-form");
        officer.locator("main form button[type=submit]").click();
        assertThat(officer.locator(".flash.success")).containsText("Sertifikat diterbitkan");
        fitsThePhone(officer);
        shot(officer, "trust-officer-certificate");
        String verifyPath = officer.locator(".certificate-qr p a").first().getAttribute("href");

        Page visitor = browser.newVisitor();
        visitor.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });
        visitor.navigate(url(verifyPath));
        assertThat(visitor.locator(".certificate-verdict")).hasText("Sertifikat ini sah.");
        fitsThePhone(visitor);
        shot(visitor, "trust-verify-valid");
        visitor.navigate(url(verifyPath + "?lang=en"));
        assertThat(visitor.locator(".certificate-verdict")).hasText("This certificate is valid.");
        shot(visitor, "trust-verify-valid-en");

        officer.locator("#reason").fill("Kain ternyata tenunan mesin setelah diperiksa ulang di bengkel.");
        officer.locator(".danger-zone button[type=submit]").click();
        assertThat(officer.locator(".flash.success")).containsText("Sertifikat dicabut");

        visitor.navigate(url(verifyPath + "?lang=id"));
        assertThat(visitor.locator(".certificate-verdict")).containsText("DICABUT");
        assertThat(visitor.locator(".certificate-reason")).containsText("tenunan mesin");
        fitsThePhone(visitor);
        shot(visitor, "trust-verify-revoked");
        officer.navigate(url("/officer/certificates"));
        shot(officer, "trust-officer-certificates");
        org.assertj.core.api.Assertions.assertThat(problems).as("console errors (CSP violations show here)").isEmpty();

        // An unknown code: the plain "not found" page (its 404 is the one console message expected).
        visitor.navigate(url("/verify/AAAA-BBBB-CCCC-DDDD"));
        assertThat(visitor.locator("h1")).hasText("Sertifikat tidak ditemukan");
        shot(visitor, "trust-verify-unknown");
    }

    @Test
    void anOfficerDecidesOnAPhotoUsedByTwoShops() {
        Artisan original = artisans.verified("51.05");
        java.awt.image.BufferedImage picture = TestImages.piece(20261208, 1200, 900);
        publishedWith(original, TestImages.jpeg(picture, 0.9f), "Kain Endek Klungkung Asli");
        Artisan copier = artisans.verified("51.05");
        ProductView copy = publishedWith(copier, TestImages.jpeg(Renditions.resize(picture, 800, 600), 0.7f),
                "Kain Endek Salinan");
        KriyaUser officer = people.officerOf("51.05");
        long reuseId = await().atMost(Duration.ofSeconds(20)).until(() -> queue.inJurisdiction(officer.id(),
                        PhotoReuseStatus.OPEN, Pageable.ofSize(100)).stream()
                .filter(reuse -> reuse.uploaded().productId() == copy.id()).findFirst(), java.util.Optional::isPresent)
                .orElseThrow().id();

        List<String> problems = new ArrayList<>();
        Page page = signedIn(officer, problems);
        page.navigate(url("/officer"));
        assertThat(page.locator("main")).containsText("menunggu keputusan");
        page.navigate(url("/officer/photo-reuse"));
        assertThat(page.locator(".reuse-summary").first()).containsText("juga ada di toko");
        fitsThePhone(page);
        shot(page, "trust-officer-photo-reuse");
        page.navigate(url("/officer/photo-reuse/" + reuseId));
        fitsThePhone(page);
        shot(page, "trust-officer-photo-reuse-one");
        page.locator("form[action$='/hide'] textarea").fill("Foto ini milik toko lain; mohon pakai foto karya Anda sendiri.");
        page.locator("form[action$='/hide'] button[type=submit]").click();
        assertThat(page.locator(".flash.success")).containsText("Produk disembunyikan");
        page.navigate(url("/officer/photo-reuse?status=PRODUCT_HIDDEN"));
        shot(page, "trust-officer-photo-reuse-hidden");

        org.assertj.core.api.Assertions.assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
    }

    ProductView publishedWith(Artisan artisan, byte[] jpeg, String title) {
        ProductView draft = artisans.draft(artisan, aProduct().titled(title));
        Photo photo = media.upload(artisan.user().id(), "foto.jpg", new ByteArrayInputStream(jpeg));
        photos.attach(artisan.user().id(), draft.id(), List.of(photo.id()));
        artisans.payable(artisan);
        products.publish(artisan.user().id(), draft.id());
        return artisans.reload(artisan, draft.id());
    }
}
