package id.kriya.trust.complaint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import id.kriya.PhoneBrowser;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.trust.complaint.TestComplaints;
import id.kriya.trust.complaint.TestComplaints.Sale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "done when" on a phone (360 × 740): the buyer opens a not-as-pictured complaint with a photo, the
 * artisan rejects it with theirs, the Gianyar officer finds it in the queue and decides a partial refund, the
 * artisan pays it with proof, and buyer sees the complaint and the order closed. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ComplaintPagesBrowserIT {

    static PhoneBrowser browser;
    static Path photo;

    @LocalServerPort
    int port;

    @Autowired
    TestComplaints complaints;

    @Autowired
    TestPeople people;

    @BeforeAll
    static void launch() throws IOException {
        browser = PhoneBrowser.launch();
        photo = Files.createTempFile("kain", ".jpg");
        Files.write(photo, TestComplaints.jpeg());
    }

    @AfterAll
    static void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(photo);
    }

    @Test
    void aComplaintFromThePhoneToTheCouncilsDecision() {
        Sale sale = complaints.arrivedInGianyar();
        KriyaUser officerUser = people.officerOf(TestComplaints.GIANYAR);

        Page buyer = signedIn(sale.buyer());
        buyer.navigate(url("/orders/" + sale.number()));
        assertThat(buyer.locator("main")).containsText("Ada masalah? Ajukan komplain");
        shot(buyer, "complaint-01-order-arrived");
        buyer.locator("main a[href*='/complaint']").click();
        assertThat(buyer.locator("h1")).hasText("Ajukan komplain");
        buyer.locator("input[name=reason][value=NOT_AS_PICTURED]").check();
        buyer.locator("input[name=asked][value=FULL_REFUND]").check();
        buyer.locator("#text").fill(TestComplaints.STORY);
        buyer.locator("#open-photos").setInputFiles(photo);
        shot(buyer, "complaint-02-open-form");
        buyer.locator("main form button[type=submit]").click();
        assertThat(buyer).hasURL(Pattern.compile(".*/complaints/KM-.*"));
        String thread = buyer.url().substring(buyer.url().indexOf("/complaints/"));
        assertThat(buyer.locator("main")).containsText("Menunggu tanggapan perajin");
        shot(buyer, "complaint-03-buyer-thread");

        Page artisan = signedIn(sale.artisan().user());
        artisan.navigate(url(thread));
        artisan.locator("input[name=answer][value=REJECT]").check();
        artisan.locator("form[action$='/answer'] #text").fill("Warna kain ini sama dengan foto; lihat foto di cahaya siang.");
        artisan.locator("#answer-photos").setInputFiles(photo);
        shot(artisan, "complaint-04-artisan-answer");
        artisan.locator("form[action$='/answer'] button[type=submit]").click();
        assertThat(artisan.locator("main")).containsText("Mediasi Dekranasda");

        Page officer = signedIn(officerUser);
        officer.navigate(url("/officer/complaints"));
        shot(officer, "complaint-05-officer-queue");
        officer.locator("main .complaint-list a").first().click();
        assertThat(officer.locator("main")).containsText("Putuskan komplain");
        shot(officer, "complaint-06-officer-thread");
        officer.locator("input[name=remedy][value=PARTIAL_REFUND]").check();
        officer.locator("#decision-amount").fill("250000");
        officer.locator("#decision-text").fill("Warna sedikit berbeda dari foto; perajin mengembalikan sebagian uang.");
        officer.locator("form[action$='/decide'] button[type=submit]").click();
        assertThat(officer.locator("main")).containsText("Uang kembali sebagian: Rp250.000");
        shot(officer, "complaint-07-decided");

        artisan.navigate(url(thread));
        artisan.locator("#refund-photos").setInputFiles(photo);
        artisan.locator("form[action$='/refund'] button[type=submit]").click();
        assertThat(artisan.locator("main")).containsText("Uang dikembalikan sebagian");
        shot(artisan, "complaint-08-refund-paid");

        buyer.navigate(url(thread));
        assertThat(buyer.locator("main")).containsText("Selesai");
        shot(buyer, "complaint-09-buyer-closed");
        buyer.navigate(url("/orders/" + sale.number()));
        assertThat(buyer.locator("main .badge").first()).hasText("Selesai");
        shot(buyer, "complaint-10-order-completed");
    }

    /** The whole page, its lazy photos loaded first (a full-page screenshot does not scroll to them). */
    private static void shot(Page page, String name) {
        for (Locator image : page.locator("main img").all()) {
            image.scrollIntoViewIfNeeded();
        }
        page.waitForLoadState(LoadState.NETWORKIDLE);
        PhoneBrowser.screenshot(page, name);
    }

    private Page signedIn(KriyaUser user) {
        Page page = browser.newVisitor();
        page.navigate(url("/signin"));
        page.locator("#email").fill(user.email());
        page.locator("#password").fill(TestPeople.PASSWORD);
        page.locator("main form button[type=submit]").first().click();
        page.waitForLoadState();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
