package id.kriya.trust.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kriya.catalog.ProductMother.aProduct;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import id.kriya.MutableClock;
import id.kriya.PhoneBrowser;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.Rating;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.TestImages;
import id.kriya.ordering.OrderView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 11's "Done when" for reviews, on a phone-sized screen: another buyer of a Gianyar weaver's cloth, whose order
 * completed, is asked on the order page, writes a review with a photo from the phone, and the product shows the
 * review, the buyer's photo beside the listing's and the as-pictured average; the weaver answers; the Gianyar officer
 * hides a reported one, and its author reads why. Every page is screenshot for a person to look at.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
class ReviewJourneyIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    TestPurchases purchases;

    @Autowired
    ReviewDesk desk;

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

    Page signedIn(KriyaUser person) {
        Page page = browser.newVisitor();
        page.navigate(url("/signin"));
        page.locator("#email").fill(person.email());
        page.locator("#password").fill(TestPeople.PASSWORD);
        page.locator("main button[type=submit]").click();
        return page;
    }

    @Test
    void anotherBuyerReviewsWithAPhotoAndTheProductShowsItTheArtisanAnswersAndTheCouncilHidesOne() throws IOException {
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek Cepuk Gianyar").limited(5));
        artisans.withPhoto(weaver, cloth.id());
        KriyaUser first = people.buyer();
        OrderView firstOrder = purchases.completed(weaver, first, cloth);
        long firstReview = desk.write(first.id(), null, firstOrder.number(), cloth.id(), new ReviewDesk.Draft(
                new Rating.Scores(5, 5, 4), "Warnanya persis seperti di foto, kainnya halus dan rapi.", List.of()));

        KriyaUser buyer = people.buyer();
        OrderView order = purchases.completed(weaver, buyer, cloth);
        Page phone = signedIn(buyer);
        phone.navigate(url("/orders/" + order.number()));
        assertThat(phone.locator(".review-prompt")).containsText("Bagaimana barang yang Anda terima?");
        PhoneBrowser.screenshot(phone, "review-order-prompt");
        phone.locator(".review-prompt a.button").click();
        PhoneBrowser.screenshot(phone, "review-order-lines");
        phone.locator(".review-lines a.button").click();
        PhoneBrowser.screenshot(phone, "review-form");

        // A link is refused, with the message beside the text and the stars kept.
        phone.locator("label[for=asPictured4]").click();
        phone.locator("label[for=quality5]").click();
        phone.locator("label[for=service5]").click();
        phone.locator("#text").fill("Lebih murah lihat di www.tokolain.com ya");
        phone.locator("main button[type=submit]").click();
        assertThat(phone.locator("#text-error")).hasText("Ulasan tidak boleh berisi tautan atau alamat situs.");
        assertThat(phone.locator("#asPictured4")).isChecked();
        PhoneBrowser.screenshot(phone, "review-form-error");

        Path photo = Files.createTempFile("kain-diterima", ".jpg");
        Files.write(photo, TestImages.withExif(TestImages.jpeg(TestImages.maroonEndek(1200, 900)), 6));
        phone.locator("#text").fill("Sampai dengan selamat, motif cepuknya seperti di foto. Sedikit lebih gelap.");
        phone.locator("#photos").setInputFiles(photo);
        phone.locator("main button[type=submit]").click();
        assertThat(phone.locator(".flash.success")).hasText("Terima kasih! Ulasan Anda sudah tampil.");
        PhoneBrowser.screenshot(phone, "review-posted");

        Page visitor = browser.newVisitor();
        visitor.navigate(url("/products/" + cloth.slug()));
        assertThat(visitor.locator(".rating-headline")).hasText("★ 4,5 sesuai foto · 2 ulasan");
        assertThat(visitor.locator(".buyer-photos img")).hasCount(1);
        assertThat(visitor.locator("#reviews .review").first()).containsText("motif cepuknya seperti di foto");
        PhoneBrowser.screenshot(visitor, "review-product-page");
        visitor.locator(".buyer-photos p a").click();
        assertThat(visitor.locator(".review")).hasCount(1);
        PhoneBrowser.screenshot(visitor, "review-product-with-photos");
        visitor.navigate(url("/search?q=" + "Cepuk%20Gianyar"));
        assertThat(visitor.locator(".card-rating").first()).containsText("4,5 sesuai foto (2)");
        PhoneBrowser.screenshot(visitor, "review-search-card");

        Page workshop = signedIn(weaver.user());
        workshop.navigate(url("/my/reviews"));
        PhoneBrowser.screenshot(workshop, "review-shop-list");
        workshop.navigate(url("/my/reviews/" + firstReview));
        workshop.locator("#text").fill("Terima kasih banyak, semoga kainnya awet dipakai untuk upacara.");
        workshop.locator("form[action$='/answer'] button").click();
        assertThat(workshop.locator(".review-answer")).containsText("semoga kainnya awet");
        workshop.locator("details.report summary").click();
        workshop.locator("#reason").fill("Kami ingin Dekranasda memeriksa ulasan ini, uji coba.");
        workshop.locator("form[action$='/report'] button").click();
        PhoneBrowser.screenshot(workshop, "review-shop-answered-reported");

        Page officer = signedIn(people.officerOf("51.04"));
        officer.navigate(url("/officer"));
        officer.locator(".waiting-work a", new Page.LocatorOptions().setHasText("ulasan dilaporkan")).click();
        PhoneBrowser.screenshot(officer, "review-officer-reported");
        officer.locator(".review-list h2 a").first().click();
        officer.locator("#reason").fill("Ulasan ini tidak melanggar aturan, disembunyikan hanya untuk uji coba.");
        officer.locator("form[action$='/hide'] button").click();
        assertThat(officer.locator(".flash.success")).containsText("Ulasan disembunyikan");
        PhoneBrowser.screenshot(officer, "review-officer-hidden");

        Page author = signedIn(first);
        author.navigate(url("/orders/" + firstOrder.number() + "/reviews"));
        assertThat(author.locator(".review .flash.warning")).containsText("hanya untuk uji coba");
        PhoneBrowser.screenshot(author, "review-author-sees-reason");
        visitor.navigate(url("/products/" + cloth.slug()));
        assertThat(visitor.locator(".rating-headline")).hasText("★ 4,0 sesuai foto · 1 ulasan");
    }
}
