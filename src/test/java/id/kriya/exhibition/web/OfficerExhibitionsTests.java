package id.kriya.exhibition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import id.kriya.exhibition.VenueView;
import id.kriya.exhibition.booth.BoothZone;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class OfficerExhibitionsTests {

    /** A day three months after Kriya's today: far enough ahead that every stage here is still to come. */
    LocalDate day;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void threeMonthsAhead() {
        day = exhibitions.today().plusMonths(3);
    }

    long venue(KriyaUser officer, String regionCode) {
        return exhibitions.addVenue(officer.id(), new VenueDetails("Gedung " + ArtisanMother.token(), "Jl. Nusa Indah", regionCode),
                "K-01;3x3 m;CRAFT;1;1\nK-02;3x3 m;CRAFT;1;2\nF-01;2x2 m;CULINARY;2;1");
    }

    ExhibitionView exhibition(KriyaUser officer, String organiser, ExhibitionMode mode) {
        return exhibitions.addExhibition(officer.id(),
                new ExhibitionDetails("Pameran " + ArtisanMother.token(), "Cerita pameran.", organiser, mode));
    }

    static StageDetails stage(int number, LocalDate start, LocalDate end, Long venueId) {
        return new StageDetails(number, "Tahap " + number, start, end, venueId, Map.of(BoothZone.CRAFT, 10));
    }

    @Test
    void officerAddsAVenueWhosePlanIsDrawnAsAZonedGrid() throws Exception {
        KriyaUser officer = people.officerOf("51");

        mvc.perform(post("/officer/venues/new").with(user(officer)).with(csrf())
                        .param("name", "Gedung Ksirarnawa").param("address", "Jl. Nusa Indah, Denpasar").param("regionCode", "51.71")
                        .param("booths", "K-01;3x3 m;CRAFT;1;1\nF-01;2x2 m;CULINARY;2;3\n"))
                .andExpect(redirectedUrl("/officer/venues"));

        VenueView venue = exhibitions.venuesOf(officer.id()).stream()
                .filter(v -> v.name().equals("Gedung Ksirarnawa")).findFirst().orElseThrow();
        var page = Jsoup.parse(mvc.perform(get("/officer/venues/{id}", venue.id()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("ol.booth-plan li.booth.zone-culinary.r-2.c-3 .booth-code").text()).isEqualTo("F-01");
        assertThat(page.select(".booth-legend").text()).contains("Kriya: 1 stan", "Kuliner: 1 stan");
    }

    @Test
    void aBadBoothLineIsNamedAndNothingIsSaved() throws Exception {
        KriyaUser officer = people.officerOf("51.71");
        String name = "Mal " + ArtisanMother.token();

        mvc.perform(post("/officer/venues/new").with(user(officer)).with(csrf())
                        .param("name", name).param("address", "Jl. Teuku Umar").param("regionCode", "51.71")
                        .param("booths", "K-01;3x3 m;CRAFT;1;1\nK-02;3x3 m;PERAK;1;2\nK-03;3x3 m;CRAFT;1;1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Baris 2 (“K-02;3x3 m;PERAK;1;2”): zona harus CRAFT")))
                .andExpect(content().string(containsString("Baris 3 (“K-03;3x3 m;CRAFT;1;1”): baris dan kolom ini sudah ditempati")));

        assertThat(exhibitions.venuesOf(officer.id())).noneMatch(venue -> venue.name().equals(name));
    }

    @Test
    void aBadLineLeavesAnExistingPlanAsItWas() throws Exception {
        KriyaUser officer = people.officerOf("51.71");
        long venue = venue(officer, "51.71");
        VenueView before = exhibitions.venueOf(officer.id(), venue);

        mvc.perform(post("/officer/venues/{id}", venue).with(user(officer)).with(csrf())
                        .param("name", "Nama baru").param("address", "Jl. Baru").param("regionCode", "51.71")
                        .param("booths", "K-09;3x3 m;CRAFT;1;1\nK-10;3x3 m;CRAFT;21;1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Baris 2")));

        assertThat(exhibitions.venueOf(officer.id(), venue)).isEqualTo(before);
    }

    @Test
    void aStageEndingBeforeItStartsIsRefusedBesideTheField() throws Exception {
        KriyaUser officer = people.officerOf("51");
        long venue = venue(officer, "51.71");
        ExhibitionView exhibition = exhibition(officer, "51", ExhibitionMode.HYBRID);

        mvc.perform(post("/officer/exhibitions/{id}/stages/new", exhibition.id()).with(user(officer)).with(csrf())
                        .param("number", "1").param("title", "Tahap I").param("start", "2027-03-10").param("end", "2027-03-04")
                        .param("venueId", String.valueOf(venue)).param("capacities[CRAFT]", "88"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal selesai tidak boleh sebelum tanggal mulai.")));

        assertThat(exhibitions.exhibitionOf(officer.id(), exhibition.id()).stages()).isEmpty();
    }

    @Test
    void officerAddsAStageWithCapacitiesPerZone() throws Exception {
        KriyaUser officer = people.officerOf("51");
        long venue = venue(officer, "51.71");
        ExhibitionView exhibition = exhibition(officer, "51", ExhibitionMode.HYBRID);

        mvc.perform(post("/officer/exhibitions/{id}/stages/new", exhibition.id()).with(user(officer)).with(csrf())
                        .param("number", "1").param("title", "Tahap I").param("start", "2027-05-03").param("end", "2027-05-09")
                        .param("venueId", String.valueOf(venue)).param("capacities[CRAFT]", "88")
                        .param("capacities[CULINARY]", "10").param("capacities[ART]", ""))
                .andExpect(redirectedUrl("/officer/exhibitions/" + exhibition.id()));

        var stages = exhibitions.exhibitionOf(officer.id(), exhibition.id()).stages();
        assertThat(stages).singleElement().satisfies(stage -> {
            assertThat(stage.capacities()).isEqualTo(Map.of(BoothZone.CRAFT, 88, BoothZone.CULINARY, 10));
            assertThat(stage.venue().id()).isEqualTo(venue);
        });
    }

    @Test
    void stagesOverlappingAtOneVenueAreRefusedEvenAcrossExhibitions() throws Exception {
        KriyaUser officer = people.officerOf("51");
        long venue = venue(officer, "51.71");
        ExhibitionView first = exhibition(officer, "51", ExhibitionMode.HYBRID);
        exhibitions.addStage(officer.id(), first.id(), stage(1, day, day.plusDays(6), venue));
        ExhibitionView second = exhibition(officer, "51", ExhibitionMode.OFFLINE);

        mvc.perform(post("/officer/exhibitions/{id}/stages/new", second.id()).with(user(officer)).with(csrf())
                        .param("number", "1").param("title", "Tahap I").param("start", day.plusDays(6).toString())
                        .param("end", day.plusDays(8).toString()).param("venueId", String.valueOf(venue)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tempat ini sudah dipakai tahap lain pada tanggal yang bertumpuk.")));
        assertThat(exhibitions.exhibitionOf(officer.id(), second.id()).stages()).isEmpty();

        exhibitions.addStage(officer.id(), second.id(), stage(1, day.plusDays(7), day.plusDays(9), venue));
        assertThat(exhibitions.exhibitionOf(officer.id(), second.id()).stages()).hasSize(1);
    }

    @Test
    void theDatabaseItselfRefusesOverlappingStagesAtOneVenue() {
        KriyaUser officer = people.officerOf("51");
        long venue = venue(officer, "51.71");
        ExhibitionView exhibition = exhibition(officer, "51", ExhibitionMode.HYBRID);
        exhibitions.addStage(officer.id(), exhibition.id(), stage(1, day.plusDays(30), day.plusDays(36), venue));

        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO exhibition_stage (exhibition_id, exhibition_mode, number, title, start_date, end_date, venue_id)
                VALUES (?, 'HYBRID', 2, 'Tahap II', ?, ?, ?)""", exhibition.id(), day.plusDays(36), day.plusDays(40), venue))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("exhibition_stage_venue_free");
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO exhibition_stage (exhibition_id, exhibition_mode, number, title, start_date, end_date, venue_id)
                VALUES (?, 'HYBRID', 3, 'Tahap III', ?, ?, NULL)""", exhibition.id(), day.plusDays(50), day.plusDays(49)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("exhibition_stage_dates_order");
    }

    @Test
    void theDatabaseRefusesAVenueForAnOnlineOnlyExhibition() {
        KriyaUser officer = people.officerOf("51");
        long venue = venue(officer, "51.71");
        ExhibitionView online = exhibition(officer, "51", ExhibitionMode.ONLINE);

        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO exhibition_stage (exhibition_id, exhibition_mode, number, title, start_date, end_date, venue_id)
                VALUES (?, 'ONLINE', 1, 'Ruang I', ?, ?, ?)""", online.id(), day.plusDays(60), day.plusDays(61), venue))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("exhibition_stage_online_no_venue");
    }

    @Test
    void officerOfAnotherRegencyCannotSeeOrChangeTheExhibition() throws Exception {
        KriyaUser badung = people.officerOf("51.03");
        ExhibitionView exhibition = exhibition(badung, "51.03", ExhibitionMode.HYBRID);
        KriyaUser gianyar = people.officerOf("51.04");

        mvc.perform(get("/officer/exhibitions/{id}", exhibition.id()).with(user(gianyar))).andExpect(status().isNotFound());
        mvc.perform(post("/officer/exhibitions/{id}", exhibition.id()).with(user(gianyar)).with(csrf())
                        .param("title", "Diambil alih").param("story", "Cerita lain").param("organiserCode", "51.04")
                        .param("mode", "OFFLINE"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/officer/exhibitions/{id}/stages/new", exhibition.id()).with(user(gianyar)).with(csrf())
                        .param("number", "1").param("title", "Tahap I").param("start", "2027-08-01").param("end", "2027-08-02"))
                .andExpect(status().isNotFound());

        assertThat(exhibitions.exhibitionOf(badung.id(), exhibition.id())).isEqualTo(exhibition);
        mvc.perform(get("/officer/exhibitions").with(user(gianyar)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(exhibition.title()))));
    }

    @Test
    void regencyOfficerCannotOrganiseForTheProvinceButTheProvinceOfficerEditsTheirRegencies() throws Exception {
        KriyaUser badung = people.officerOf("51.03");
        mvc.perform(post("/officer/exhibitions/new").with(user(badung)).with(csrf())
                        .param("title", "Pameran Provinsi").param("story", "Cerita").param("organiserCode", "51")
                        .param("mode", "HYBRID"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode ini di luar wilayah Dekranasda Anda.")));

        ExhibitionView exhibition = exhibition(badung, "51.03", ExhibitionMode.HYBRID);
        KriyaUser province = people.officerOf("51");
        mvc.perform(post("/officer/exhibitions/{id}", exhibition.id()).with(user(province)).with(csrf())
                        .param("title", "IKM Goes to Mall").param("story", "Booth di pusat perbelanjaan.")
                        .param("organiserCode", "51.03").param("mode", "OFFLINE"))
                .andExpect(redirectedUrl("/officer/exhibitions/" + exhibition.id()));
        assertThat(exhibitions.exhibitionOf(badung.id(), exhibition.id()).title()).isEqualTo("IKM Goes to Mall");
    }

    @Test
    void anEnglishTitleAndStoryAreShownToEnglishVisitorsAndTheIndonesianOnesOtherwise() throws Exception {
        KriyaUser officer = people.officerOf("51");
        String title = "Pameran Tenun " + ArtisanMother.token();
        mvc.perform(post("/officer/exhibitions/new").with(user(officer)).with(csrf())
                        .param("title", title).param("story", "Kain tenun dari sembilan kabupaten.")
                        .param("titleEn", "  Woven Cloth of Bali  ").param("storyEn", "Woven cloth from nine regencies.")
                        .param("organiserCode", "51").param("mode", "ONLINE"))
                .andExpect(status().is3xxRedirection());
        ExhibitionView exhibition = exhibitions.exhibitionsOf(officer.id()).stream()
                .filter(found -> found.title().equals(title)).findFirst().orElseThrow();
        exhibitions.addStage(officer.id(), exhibition.id(), stage(1, day, day.plusDays(3), null));

        mvc.perform(get("/exhibitions/{slug}", exhibition.slug()).param("lang", "en"))
                .andExpect(content().string(containsString("<h1>Woven Cloth of Bali</h1>")))
                .andExpect(content().string(containsString("Woven cloth from nine regencies.")));
        mvc.perform(get("/exhibitions/{slug}", exhibition.slug()).param("lang", "id"))
                .andExpect(content().string(containsString("<h1>" + title + "</h1>")))
                .andExpect(content().string(containsString("Kain tenun dari sembilan kabupaten.")));
    }
}
