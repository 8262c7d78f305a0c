package id.kriya.artisan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import id.kriya.PhoneBrowser;
import id.kriya.account.AccountManagement;
import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.council.CouncilManagement;
import id.kriya.notification.TestOutbox;
import id.kriya.council.CouncilManagement.Appointment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registry's whole journey as people take it, on a phone-sized screen: an artisan signs up and registers their
 * business, the Gianyar officer verifies it, and a visitor finds the public profile in Indonesian and English.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ArtisanJourneyIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CouncilManagement councils;

    @Autowired
    org.springframework.context.ApplicationContext context;

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
    void artisanRegistersOfficerVerifiesVisitorFindsTheProfile() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String business = "Tenun Tegallalang " + tag;
        String artisanEmail = "kadek." + tag + "@contoh.id";
        String officerEmail = gianyarOfficer(tag);

        Page artisan = browser.newVisitor();
        open(artisan, "/signup");
        artisan.locator("#displayName").fill("Ni Kadek Ayu");
        artisan.locator("#email").fill(artisanEmail);
        artisan.locator("#password").fill("tenun-endek-2026");
        artisan.locator("#passwordAgain").fill("tenun-endek-2026");
        artisan.locator("input[name=consent][type=checkbox]").check();
        submit(artisan);
        assertThat(artisan).hasURL(url("/signup/sent"));
        // The link in the mail confirms the address and signs the artisan in.
        java.net.URI link = java.net.URI.create(new TestOutbox(context).awaitMailTo(artisanEmail, "signUpConfirm").body()
                .lines().filter(line -> line.contains("/signup/confirm?token=")).findFirst().orElseThrow().strip());
        open(artisan, link.getRawPath() + "?" + link.getRawQuery());
        submit(artisan);
        assertThat(artisan).hasURL(url("/account"));

        open(artisan, "/my/business/new");
        artisan.locator("#name").fill(business);
        artisan.locator("#ownerName").fill("Ni Kadek Ayu");
        artisan.locator("#whatsApp").fill("0812-3456-7890");
        artisan.locator("#email").fill(artisanEmail);
        artisan.locator("#regionCode").selectOption("51.04");
        artisan.locator("#village").fill("Tegallalang");
        artisan.locator("#address").fill("Banjar Pupuan, Tegallalang");
        artisan.locator("input[name=crafts][value=TENUN_ENDEK]").check();
        artisan.locator("#foundedYear").fill("2015");
        artisan.locator("#workers").fill("5");
        artisan.locator("#story").fill("Kain endek katun dengan motif sawah terasering, ditenun dengan ATBM.");
        artisan.locator("#nib").fill(thirteenDigits());
        PhoneBrowser.screenshot(artisan, "journey-1-register");
        submit(artisan);
        assertThat(artisan).hasURL(url("/my/business"));
        assertThat(artisan.locator("main")).containsText(business);
        assertThat(artisan.locator("main")).containsText("Menunggu");
        PhoneBrowser.screenshot(artisan, "journey-2-pending");

        Page officer = browser.newVisitor();
        signIn(officer, officerEmail, "petugas-gianyar-2026");
        open(officer, "/officer/members");
        PhoneBrowser.screenshot(officer, "journey-3-officer-list");
        officer.locator("main a", new Page.LocatorOptions().setHasText(business)).first().click();
        assertThat(officer.locator("h1")).containsText(business);
        officer.locator("main form[action$='/verify'] button").click();
        assertThat(officer.locator("main")).containsText("Terverifikasi");
        PhoneBrowser.screenshot(officer, "journey-4-verified");

        Page visitor = browser.newVisitor();
        open(visitor, "/artisans?q=" + tag);
        visitor.locator("main a", new Page.LocatorOptions().setHasText(business)).first().click();
        assertThat(visitor.locator("h1")).containsText(business);
        assertThat(visitor.locator("main")).containsText("Tenun endek");
        assertThat(visitor.locator("main")).containsText("Gianyar");
        assertThat(visitor.locator("main a[href^='https://wa.me/6281234567890']")).hasCount(1);
        PhoneBrowser.screenshot(visitor, "journey-5-profile-id");

        visitor.locator("header a.lang[hreflang=en]").click();
        assertThat(visitor.locator("html")).hasAttribute("lang", "en");
        assertThat(visitor.locator("h1")).containsText(business);
        assertThat(visitor.locator("main")).containsText("Endek weaving");
        PhoneBrowser.screenshot(visitor, "journey-6-profile-en");
    }

    private String gianyarOfficer(String tag) {
        String email = "petugas." + tag + "@contoh.id";
        accounts.register(new NewAccount(email, "Ni Made Sukerti", "petugas-gianyar-2026", Locale.forLanguageTag("id")));
        long gianyar = councils.find("51.04").orElseThrow().id();
        councils.appoint(new Appointment(email, "Ni Made Sukerti", gianyar, "Staf Pembinaan IKM", Locale.forLanguageTag("id")));
        return email;
    }

    private void signIn(Page page, String email, String password) {
        open(page, "/signin");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        submit(page);
    }

    private static void submit(Page page) {
        page.locator("main form.stacked button[type=submit]").first().click();
    }

    private void open(Page page, String path) {
        page.navigate(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String thirteenDigits() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
    }
}
