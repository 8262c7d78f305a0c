package id.kriya.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.kriya.PhoneBrowser;
import id.kriya.account.AccountManagement;
import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilManagement.Appointment;
import id.kriya.media.TestImages;
import id.kriya.notification.TestOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A new weaver, alone on a phone (360 × 740), from the home page to a first product on sale: "Daftarkan usaha Anda",
 * a new account (confirmed by the mailed link), the business form, the officer's verification in a second browser,
 * a bank account on /my/payments, shipping, a product with photos added in its own form, publishing, and a visitor
 * finding it by search. Only clicks and typed words: the one address opened is the home page, and the link in the
 * mail (the mail app is outside the browser).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OnboardingJourneyIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CouncilManagement councils;

    @Autowired
    ApplicationContext context;

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
    void aNewWeaverGoesFromTheHomePageToAFirstProductOnSale() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String business = "Tenun Gringsing " + tag;
        String product = "Kain Endek Gringsing " + tag;
        String email = "ayu." + tag + "@contoh.id";
        String officerEmail = "petugas." + tag + "@contoh.id";
        appointGianyarOfficer(officerEmail);

        Page artisan = browser.newVisitor();
        artisan.navigate(url("/"));
        shot(artisan, "onboarding-01-home");
        artisan.locator("main a[href='/my/business/new']").click();
        assertThat(artisan).hasURL(url("/signin?continue=/my/business/new"));
        artisan.locator("main a[href='/signup?continue=/my/business/new']").click();

        artisan.locator("#displayName").fill("Ni Wayan Ayu");
        artisan.locator("#email").fill(email);
        artisan.locator("#password").fill("tenun-gringsing-2026");
        artisan.locator("#passwordAgain").fill("tenun-gringsing-2026");
        artisan.locator("input[name=consent][type=checkbox]").check();
        shot(artisan, "onboarding-02-signup");
        submit(artisan);
        assertThat(artisan.locator("h1")).hasText("Periksa e-mail Anda");
        assertThat(artisan.locator("main")).containsText(email);
        shot(artisan, "onboarding-03-check-mail");

        // The weaver opens the link in the mail; it confirms the address and carries on to the business form.
        String link = new TestOutbox(context).awaitMailTo(email, "signUpConfirm").body().lines()
                .filter(line -> line.contains("/signup/confirm?token=")).findFirst().orElseThrow().strip();
        URI mailed = URI.create(link);
        artisan.navigate(url(mailed.getRawPath() + "?" + mailed.getRawQuery()));
        shot(artisan, "onboarding-04-confirm");
        submit(artisan);
        assertThat(artisan).hasURL(url("/my/business/new"));
        assertThat(artisan.locator("#email")).hasValue(email);
        assertThat(artisan.locator("#ownerName")).hasValue("Ni Wayan Ayu");
        assertThat(artisan.locator("#name")).hasAttribute("aria-required", "true");

        artisan.locator("#name").fill(business);
        artisan.locator("#whatsApp").fill("0812-3456-7890");
        artisan.locator("#regionCode").selectOption("51.04");
        artisan.locator("#village").fill("Tenganan");
        artisan.locator("#address").fill("Banjar Kauh, Tenganan");
        artisan.locator("input[name=crafts][value=TENUN_ENDEK]").check();
        artisan.locator("#story").fill("Kain tenun ikat ganda yang ditenun turun-temurun dengan alat tenun gedogan.");
        shot(artisan, "onboarding-05-business-form");
        submit(artisan);
        assertThat(artisan).hasURL(url("/my/business"));
        assertThat(artisan.locator("main")).containsText("Menunggu");

        Page officer = browser.newVisitor();
        officer.navigate(url("/"));
        fromMenu(officer, "/signin");
        officer.locator("#email").fill(officerEmail);
        officer.locator("#password").fill("petugas-gianyar-2026");
        submit(officer);
        assertThat(officer).hasURL(url("/officer"));
        shot(officer, "onboarding-06-officer-home");
        officer.locator(".waiting-work a").click();
        officer.locator("main a", new Page.LocatorOptions().setHasText(business)).first().click();
        assertThat(officer.locator("h1")).containsText(business);
        assertThat(officer.locator("main")).containsText("Belum ada NIB");
        officer.locator("main form[action$='/verify'] button").click();
        assertThat(officer.locator("main")).containsText("Terverifikasi");
        shot(officer, "onboarding-07-verified");

        artisan.reload();
        artisan.locator("main a.setup-link").click();
        assertThat(artisan).hasURL(url("/my"));
        assertThat(artisan.locator(".next-step")).containsText("QRIS");
        shot(artisan, "onboarding-08-setup-list");
        artisan.locator(".next-step a.button").click();
        assertThat(artisan).hasURL(url("/my/payments"));
        artisan.locator("#bank").selectOption("BPD_BALI");
        artisan.locator("#number").fill("0200202123456");
        artisan.locator("#holder").fill("Ni Wayan Ayu");
        artisan.locator("form.bank-form button[type=submit]").click();
        assertThat(artisan.locator("main")).containsText("0200202123456");
        shot(artisan, "onboarding-09-payments");

        fromMenu(artisan, "/my/business");
        artisan.locator("main a.setup-link").click();
        assertThat(artisan.locator("ol.setup-steps > li").nth(1)).hasClass("done");
        artisan.locator(".next-step a.button").click();
        assertThat(artisan).hasURL(url("/my/shipping"));
        artisan.locator("main form.rate-table > button[type=submit]").click();

        fromMenu(artisan, "/my/business");
        artisan.locator("main a.setup-link").click();
        artisan.locator(".next-step a.button").click();
        assertThat(artisan).hasURL(url("/my/products/new"));
        artisan.locator("#title").fill(product);
        artisan.locator("#storyId").fill("Kain gringsing ditenun ikat ganda dengan benang katun pewarna alam.");
        artisan.locator("#category").selectOption("TENUN_ENDEK");
        artisan.locator("#materials").fill("katun, pewarna alam");
        artisan.locator("#technique").selectOption("TENUN_IKAT_ATBM");
        artisan.locator("#lengthCm").fill("200");
        artisan.locator("#widthCm").fill("110");
        artisan.locator("#heightCm").fill("1");
        artisan.locator("#weightGrams").fill("400");
        // Folded, the cloth ships as a small parcel.
        artisan.locator("#parcelLengthCm").fill("35");
        artisan.locator("#parcelWidthCm").fill("25");
        artisan.locator("#parcelHeightCm").fill("5");
        artisan.locator("#parcelWeightGrams").fill("550");
        artisan.locator("#price").fill("1500000");
        artisan.locator("#photos").setInputFiles(new FilePayload[] {
                new FilePayload("depan.jpg", "image/jpeg", TestImages.jpeg(TestImages.scene(800, 600, false))),
                new FilePayload("belakang.jpg", "image/jpeg", TestImages.jpeg(TestImages.scene(800, 600, true)))});
        shot(artisan, "onboarding-10-product-form");
        artisan.locator("main form.stacked button[type=submit]").click();
        assertThat(artisan).hasURL(url("/my/products"));
        assertThat(artisan.locator("main")).containsText(product);

        artisan.locator("main form[action$='/publish'] button").first().click();
        assertThat(artisan.locator(".flash-area")).containsText("Produk terbit");
        shot(artisan, "onboarding-11-published");

        fromMenu(artisan, "/my/business");
        artisan.locator("main a.setup-link").click();
        assertThat(artisan.locator("ol.setup-steps > li.done")).hasCount(5);
        shot(artisan, "onboarding-12-all-done");

        Page visitor = browser.newVisitor();
        visitor.navigate(url("/"));
        visitor.locator("#site-search").fill("gringsing " + tag);
        visitor.locator("form.search button[type=submit]").click();
        visitor.locator("main a", new Page.LocatorOptions().setHasText(product)).first().click();
        assertThat(visitor.locator("h1")).containsText(product);
        shot(visitor, "onboarding-13-found");
    }

    @Test
    void inEnglishTheWayToTheBusinessFormReadsTheSame() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = "made." + tag + "@contoh.id";

        Page artisan = browser.newVisitor();
        artisan.navigate(url("/"));
        artisan.locator("header a.lang[hreflang=en]").click();
        assertThat(artisan.locator("html")).hasAttribute("lang", "en");
        artisan.locator("main a[href='/my/business/new']").click();
        assertThat(artisan.locator("h1")).hasText("Sign in");
        artisan.locator("main a[href='/signup?continue=/my/business/new']").click();
        artisan.locator("#displayName").fill("I Made Wirawan");
        artisan.locator("#email").fill(email);
        artisan.locator("#password").fill("silver-celuk-2026");
        artisan.locator("#passwordAgain").fill("silver-celuk-2026");
        artisan.locator("input[name=consent][type=checkbox]").check();
        submit(artisan);
        assertThat(artisan.locator("h1")).hasText("Check your e-mail");
        shot(artisan, "onboarding-en-1-check-mail");

        String link = new TestOutbox(context).awaitMailTo(email, "signUpConfirm").body().lines()
                .filter(line -> line.contains("/signup/confirm?token=")).findFirst().orElseThrow().strip();
        URI mailed = URI.create(link);
        artisan.navigate(url(mailed.getRawPath() + "?" + mailed.getRawQuery()));
        assertThat(artisan.locator("main button[type=submit]")).hasText("Open my account");
        submit(artisan);
        assertThat(artisan).hasURL(url("/my/business/new"));
        assertThat(artisan.locator("h1")).hasText("Register a business");
        assertThat(artisan.locator("#email")).hasValue(email);
        assertThat(artisan.locator("main")).containsText("An NIB is free to get online from OSS");
        assertThat(artisan.locator("label[for=nib]")).containsText("(optional)");
        shot(artisan, "onboarding-en-2-business-form");
    }

    private void appointGianyarOfficer(String email) {
        accounts.register(new NewAccount(email, "Ni Made Sukerti", "petugas-gianyar-2026", Locale.forLanguageTag("id")));
        long gianyar = councils.find("51.04").orElseThrow().id();
        councils.appoint(new Appointment(email, "Ni Made Sukerti", gianyar, "Staf Pembinaan IKM", Locale.forLanguageTag("id")));
    }

    private static void submit(Page page) {
        page.locator("main form.stacked button[type=submit]").first().click();
    }

    private static void shot(Page page, String name) {
        PhoneBrowser.screenshot(page, name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Account, shop and council links sit in the header's menu: open it, then follow the link. */
    static void fromMenu(Page page, String href) {
        page.locator("header details.site-menu > summary").click();
        page.locator("header details.site-menu a[href='" + href + "']").click();
    }
}
