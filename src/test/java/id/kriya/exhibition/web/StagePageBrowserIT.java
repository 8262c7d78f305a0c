package id.kriya.exhibition.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kriya.catalog.ProductMother.aProduct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.kriya.PhoneBrowser;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.booth.BoothZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor on a phone goes from the exhibition to a stage and buys a piece shown there through the normal cart. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StagePageBrowserIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    ExhibitorRoster roster;

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
    void visitorFindsAStagesExhibitorAndPutsItsPieceInTheCart() {
        KriyaUser officer = people.officerOf("51");
        ExhibitionView exhibition = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran Daring " + ArtisanMother.token(), "IKM Bali bangkit.", "51", ExhibitionMode.ONLINE));
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Gianyar",
                exhibitions.today().minusDays(1), exhibitions.today().plusDays(5), null, Map.of()));
        long stageId = exhibitions.exhibitionOf(officer.id(), exhibition.id()).stages().get(0).id();
        TestArtisans.Artisan silversmith = artisans.verified("51.04");
        ProductView ring = artisans.published(silversmith, aProduct().titled("Cincin Perak Celuk").limited(5));
        roster.admit(stageId, silversmith.businessId(), BoothZone.CRAFT, List.of(ring.id()));

        Page page = browser.newVisitor();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });
        page.navigate("http://localhost:" + port + "/exhibitions/" + exhibition.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tahap 1: Gianyar").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Tahap 1: Gianyar");
        assertThat(page.locator(".regency-group h2")).hasText("Gianyar");
        PhoneBrowser.screenshot(page, "stage-id");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masukkan Cincin Perak Celuk ke keranjang"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cart$"));
        assertThat(page.locator("main")).containsText("Cincin Perak Celuk");

        org.assertj.core.api.Assertions.assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
    }
}
