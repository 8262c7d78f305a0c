package id.kriya.exhibition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.VenueDetails;
import id.kriya.exhibition.booth.BoothZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class ExhibitionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ExhibitionManagement exhibitions;

    ExhibitionView withStages(KriyaUser officer, ExhibitionMode mode, Long venue, LocalDate... days) {
        ExhibitionView exhibition = exhibitions.addExhibition(officer.id(),
                new ExhibitionDetails("Pameran " + ArtisanMother.token(), "Cerita yang dikurasi.", "51", mode));
        for (int i = 0; i < days.length; i += 2) {
            exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(i / 2 + 1, "Tahap " + (i / 2 + 1),
                    days[i], days[i + 1], venue, Map.of(BoothZone.CRAFT, 88, BoothZone.CULINARY, 10)));
        }
        return exhibitions.exhibitionOf(officer.id(), exhibition.id());
    }

    Document page(String url, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void listsExhibitionsOnNowComingAndPastByTheirStageDates() throws Exception {
        KriyaUser officer = people.officerOf("51");
        LocalDate today = exhibitions.today();
        ExhibitionView past = withStages(officer, ExhibitionMode.ONLINE, null, today.minusDays(40), today.minusDays(30));
        ExhibitionView between = withStages(officer, ExhibitionMode.ONLINE, null,
                today.minusDays(20), today.minusDays(14), today.plusDays(14), today.plusDays(20));
        ExhibitionView now = withStages(officer, ExhibitionMode.ONLINE, null, today, today);
        ExhibitionView coming = withStages(officer, ExhibitionMode.ONLINE, null, today.plusDays(1), today.plusDays(3));
        ExhibitionView noStages = exhibitions.addExhibition(officer.id(),
                new ExhibitionDetails("Pameran " + ArtisanMother.token(), "Belum siap.", "51", ExhibitionMode.ONLINE));

        Document indonesian = page("/exhibitions", "id");
        assertThat(indonesian.select("h2").eachText()).contains("Sedang berlangsung", "Akan datang", "Sudah lewat");
        assertThat(indonesian.select("ul.exhibition-now").text()).contains(now.title())
                .doesNotContain(past.title(), between.title(), coming.title());
        assertThat(indonesian.select("ul.exhibition-coming").text()).contains(coming.title(), between.title())
                .doesNotContain(now.title(), past.title());
        assertThat(indonesian.select("ul.exhibition-past").text()).contains(past.title())
                .doesNotContain(now.title(), coming.title(), between.title());
        assertThat(indonesian.text()).doesNotContain(noStages.title());

        Document english = page("/exhibitions", "en");
        assertThat(english.select("h2").eachText()).contains("On now", "Coming", "Past");
        assertThat(english.select("ul.exhibition-coming").text()).contains("2 stages");
        mvc.perform(get("/exhibitions/{slug}", noStages.slug())).andExpect(status().isNotFound());
    }

    @Test
    void anExhibitionPageShowsItsStoryStagesAndTheVenuesBoothPlanInBothLanguages() throws Exception {
        KriyaUser officer = people.officerOf("51");
        long venue = exhibitions.addVenue(officer.id(),
                new VenueDetails("Gedung Ksirarnawa " + ArtisanMother.token(), "Jl. Nusa Indah, Denpasar", "51.71"),
                "K-01;3x3 m;CRAFT;1;1\nK-02;3x3 m;CRAFT;1;2\nF-01;2x2 m;CULINARY;3;1");
        LocalDate start = exhibitions.today().plusYears(3);
        ExhibitionView exhibition = withStages(officer, ExhibitionMode.HYBRID, venue, start, start.plusDays(6));

        Document indonesian = page("/exhibitions/" + exhibition.slug(), "id");
        assertThat(indonesian.select("h1").text()).isEqualTo(exhibition.title());
        assertThat(indonesian.select(".exhibition-story").text()).isEqualTo("Cerita yang dikurasi.");
        assertThat(indonesian.select(".exhibition-mode").text()).isEqualTo("Hibrida, di tempat dan daring");
        assertThat(indonesian.select(".stage h3").text()).isEqualTo("Tahap 1: Tahap 1");
        assertThat(indonesian.select(".stage-status").text()).isEqualTo("Akan datang");
        assertThat(indonesian.select(".stage-capacity").text()).contains("Kriya: 88 stan", "Kuliner: 10 stan");
        assertThat(indonesian.select("li.booth.zone-craft")).hasSize(2);
        assertThat(indonesian.select("li.booth.zone-culinary.r-3.c-1").text()).contains("F-01", "zona Kuliner, baris 3, kolom 1");

        Document english = page("/exhibitions/" + exhibition.slug(), "en");
        assertThat(english.select(".exhibition-mode").text()).isEqualTo("Hybrid, at a venue and online");
        assertThat(english.select(".stage-status").text()).isEqualTo("Coming");
        assertThat(english.select(".booth-legend").text()).contains("Craft: 2 booths", "Culinary: 1 booth");
        assertThat(english.select("nav.menu a[href='/exhibitions']").text()).isEqualTo("Exhibitions");
    }

    @Test
    void anUnknownExhibitionIsNotFound() throws Exception {
        mvc.perform(get("/exhibitions/{slug}", "tidak-ada-" + ArtisanMother.token())).andExpect(status().isNotFound());
    }
}
