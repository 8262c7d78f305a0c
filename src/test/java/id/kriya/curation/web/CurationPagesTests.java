package id.kriya.curation.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.curation.ApplicationStatus;
import id.kriya.curation.Applying;
import id.kriya.curation.CallManagement;
import id.kriya.curation.CuratorDesk;
import id.kriya.curation.TestCalls;
import id.kriya.curation.TestCalls.Applicant;
import id.kriya.curation.TestCalls.OpenCall;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.StageDetails;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KriyaWebTest
@Import(MutableClock.Configuration.class)
class CurationPagesTests {

    static final String STATEMENT = "Kami menenun kain dengan pewarna alam dan motif yang diwariskan turun-temurun.";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestCalls calls;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    Applying applying;

    @Autowired
    CuratorDesk desk;

    @Autowired
    CallManagement management;

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    ArtisanManagement businesses;

    @Autowired
    JdbcTemplate jdbc;

    Instant started;

    @BeforeEach
    void fromRealTime() {
        started = clock.notAheadOfRealTime();
    }

    @AfterEach
    void turnTheClockBack() {
        clock.setTo(started);
    }

    Applicant applicant(OpenCall call, String regionCode) {
        return calls.applicant(call, regionCode, aProduct().titled("Kain tenun motif cemplong")
                .withEnglishStory("Woven on a wooden loom and dyed with plants."), STATEMENT);
    }

    String page(MockHttpServletRequestBuilder request, KriyaUser as) throws Exception {
        return mvc.perform(request.with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aCuratorNeverLearnsWhoApplied() throws Exception {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.07");
        ArtisanProfile business = businesses.find(applicant.artisan().businessId()).orElseThrow();
        KriyaUser curator = calls.curator(call, "51.71");
        clock.advance(Duration.ofDays(8));
        String code = applicant.application().blindCode();

        String list = page(get("/curator"), curator);
        String applications = page(get("/curator/calls/{id}", call.callId()), curator);
        String scoring = page(get("/curator/calls/{id}/applications/{code}", call.callId(), code), curator);
        String english = page(get("/curator/calls/{id}/applications/{code}", call.callId(), code).param("lang", "en"), curator);

        assertThat(applications).contains(code);
        assertThat(scoring).contains(code).contains("Kain tenun motif cemplong").contains(STATEMENT);
        assertThat(english).contains("Woven on a wooden loom");
        for (String shown : List.of(list, applications, scoring, english)) {
            assertThat(shown).doesNotContain(business.name()).doesNotContain(business.ownerName())
                    .doesNotContain(business.village()).doesNotContain("Karangasem").doesNotContain("51.07")
                    .doesNotContain(applicant.product().maker()).doesNotContain(business.slug())
                    .doesNotContain(applicant.product().slug()).doesNotContain(applicant.artisan().user().email());
            Document document = Jsoup.parse(shown);
            assertThat(document.select("a[href*=/products/], a[href*=/artisans/]")).isEmpty();
        }
    }

    @Test
    void theCuratorsDeskSaysHowManyApplicationsWaitForTheirScore() throws Exception {
        OpenCall call = calls.open();
        Applicant first = applicant(call, "51.07");
        applicant(call, "51.04");
        KriyaUser curator = calls.curator(call, "51.71");
        assertThat(Jsoup.parse(page(get("/curator"), curator)).select(".waiting-work"))
                .as("nothing to score while entries are open").isEmpty();
        clock.advance(Duration.ofDays(8));

        Document before = Jsoup.parse(page(get("/curator"), curator));
        assertThat(before.select(".waiting-work").text()).isEqualTo("2 lamaran menunggu nilai Anda.");
        assertThat(before.select("a.button[href=/curator/calls/" + call.callId() + "]").text()).isEqualTo("Nilai 2 lamaran");

        desk.score(curator.id(), call.callId(), first.application().blindCode(), List.of(5, 4, 3), "Rapi.");
        Document after = Jsoup.parse(page(get("/curator").param("lang", "en"), curator));
        assertThat(after.select(".waiting-work").text()).isEqualTo("1 application waits for your score.");
    }

    @Test
    void aCuratorScoringOutsideTheScaleReadsWhyAndNothingIsSaved() throws Exception {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");
        KriyaUser curator = calls.curator(call, "51.71");
        clock.advance(Duration.ofDays(8));
        String code = applicant.application().blindCode();

        String refused = mvc.perform(post("/curator/calls/{id}/applications/{code}", call.callId(), code)
                        .with(user(curator)).with(csrf())
                        .param("scores[0]", "5").param("scores[1]", "9").param("scores[2]", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select(".flash.error").text()).contains("Setiap nilai harus 1 sampai 5");
        assertThat(desk.application(curator.id(), call.callId(), code).isScored()).isFalse();

        mvc.perform(post("/curator/calls/{id}/applications/{code}", call.callId(), code)
                        .with(user(curator)).with(csrf())
                        .param("scores[0]", "5").param("scores[1]", "4").param("scores[2]", "3")
                        .param("comment", "Kemasan perlu diperbaiki."))
                .andExpect(redirectedUrl("/curator/calls/" + call.callId()));
        assertThat(desk.application(curator.id(), call.callId(), code).myScores()).containsExactly(5, 4, 3);
    }

    @Test
    void strangersFindNoCall() throws Exception {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");
        clock.advance(Duration.ofDays(8));
        KriyaUser regencyOfficer = people.officerOf("51.04");
        KriyaUser unassigned = calls.unassignedCurator();

        mvc.perform(get("/officer/calls/{id}", call.callId()).with(user(regencyOfficer))).andExpect(status().isNotFound());
        Document regency = Jsoup.parse(page(get("/officer/calls"), regencyOfficer));
        assertThat(regency.select("ul.from-area li").eachText()).as("the regency follows its own IKM's applications")
                .anyMatch(line -> line.contains(businesses.find(applicant.artisan().businessId()).orElseThrow().name())
                        && line.contains("Terkirim"));
        mvc.perform(post("/officer/calls/{id}/publish", call.callId()).with(user(regencyOfficer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/curator/calls/{id}", call.callId()).with(user(unassigned))).andExpect(status().isNotFound());
        mvc.perform(get("/curator/calls/{id}/applications/{code}", call.callId(), applicant.application().blindCode())
                .with(user(unassigned))).andExpect(status().isNotFound());
        mvc.perform(get("/curator").with(user(applicant.artisan().user()))).andExpect(status().isForbidden());
    }

    @Test
    void anArtisanSeesAndTouchesOnlyTheirOwnApplication() throws Exception {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");
        Artisan other = artisans.verified("51.04");

        String theirs = page(get("/my/applications/{id}", call.callId()), other.user());
        assertThat(theirs).doesNotContain(STATEMENT).contains("Kirim lamaran");
        mvc.perform(post("/my/applications/{id}/withdraw", call.callId()).with(user(other.user())).with(csrf()))
                .andExpect(status().isNotFound());
        String refused = mvc.perform(post("/my/applications/{id}", call.callId()).with(user(other.user())).with(csrf())
                        .param("productIds", String.valueOf(applicant.product().id()))
                        .param("statement", "Curian.").param("zone", "CRAFT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#productIds-error, .error").text())
                .contains("Pilih hanya produk usaha Anda sendiri");
        assertThat(applying.applicationsOf(other.user().id())).isEmpty();
        assertThat(applying.call(applicant.artisan().user().id(), call.callId()).application().statement())
                .isEqualTo(STATEMENT);
    }

    @Test
    void anArtisanAppliesFromTheFormAndCannotAfterTheDeadline() throws Exception {
        OpenCall call = calls.open();
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct());
        Artisan late = artisans.verified("51.04");
        ProductView scarf = artisans.published(late, aProduct());

        String list = page(get("/my/applications"), weaver.user());
        assertThat(Jsoup.parse(list).select("a[href=/my/applications/" + call.callId() + "]")).isNotEmpty();
        mvc.perform(post("/my/applications/{id}", call.callId()).with(user(weaver.user())).with(csrf())
                        .param("productIds", String.valueOf(cloth.id())).param("statement", STATEMENT)
                        .param("zone", "CRAFT").param("preferredStageId", String.valueOf(call.secondStage())))
                .andExpect(redirectedUrl("/my/applications/" + call.callId()));
        assertThat(page(get("/my/applications"), weaver.user())).contains("Terkirim");

        clock.advance(Duration.ofDays(8));
        String refused = mvc.perform(post("/my/applications/{id}", call.callId()).with(user(late.user())).with(csrf())
                        .param("productIds", String.valueOf(scarf.id())).param("statement", STATEMENT)
                        .param("zone", "CRAFT"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(applying.applicationsOf(late.user().id())).isEmpty();
        String own = page(get("/my/applications/{id}", call.callId()), weaver.user());
        assertThat(own).contains("Pendaftaran sudah ditutup").doesNotContain("Simpan perubahan");
        String change = mvc.perform(post("/my/applications/{id}", call.callId()).with(user(weaver.user())).with(csrf())
                        .param("productIds", String.valueOf(cloth.id())).param("statement", "Diubah terlambat.")
                        .param("zone", "CRAFT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(change).contains("Batas pendaftaran sudah lewat");
        assertThat(refused).isNotNull();
        assertThat(applying.call(weaver.user().id(), call.callId()).application().statement()).isEqualTo(STATEMENT);
    }

    @Test
    void officersOpenACallWhoseRubricAddsUpAndPublishTheOutcome() throws Exception {
        OpenCall existing = calls.open();
        KriyaUser officer = existing.officer();
        long exhibition = existing.exhibition().id();

        String refused = mvc.perform(callForm(post("/officer/calls/new").param("exhibition", String.valueOf(exhibition))
                        .with(user(officer)).with(csrf()), existing.secondStage(), "50; Kualitas; Quality\n40; Keaslian; Authenticity"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#criteria-error").text()).contains("harus 100, sekarang 90");
        String taken = mvc.perform(callForm(post("/officer/calls/new").param("exhibition", String.valueOf(exhibition))
                        .with(user(officer)).with(csrf()), existing.secondStage(), "60; Kualitas; Quality\n40; Keaslian; Authenticity"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("Tahap ini sudah diisi oleh panggilan lain.");
        LocalDate third = existing.exhibition().stages().get(1).end().plusDays(30);
        exhibitions.addStage(officer.id(), exhibition, new StageDetails(3, "Tahap Tiga", third, third.plusDays(6), null,
                Map.of()));
        long thirdStage = exhibitions.exhibitionOf(officer.id(), exhibition).stages().get(2).id();
        mvc.perform(callForm(post("/officer/calls/new").param("exhibition", String.valueOf(exhibition))
                        .with(user(officer)).with(csrf()), thirdStage, "60; Kualitas; Quality\n40; Keaslian; Authenticity"))
                .andExpect(status().is3xxRedirection());
        assertThat(management.callsOf(officer.id())).filteredOn(call -> call.exhibitionId() == exhibition)
                .extracting(call -> call.title()).containsExactlyInAnyOrder("Panggilan " + existing.exhibition().title(),
                        "Panggilan tahap dua");

        Applicant applicant = applicant(existing, "51.04");
        KriyaUser curator = calls.curator(existing, "51.71");
        clock.advance(Duration.ofDays(8));
        desk.score(curator.id(), existing.callId(), applicant.application().blindCode(), List.of(5, 5, 4), "Rapi.");
        for (String step : List.of("close-scoring", "propose")) {
            mvc.perform(post("/officer/calls/{id}/" + step, existing.callId()).with(user(officer)).with(csrf()))
                    .andExpect(redirectedUrl("/officer/calls/" + existing.callId()));
        }
        String unexplained = mvc.perform(post("/officer/calls/{id}/applications/{app}", existing.callId(),
                        applicant.application().id()).with(user(officer)).with(csrf())
                        .param("outcome", "WAITLISTED").param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(unexplained).select("#reason-error").text()).isNotBlank();
        mvc.perform(post("/officer/calls/{id}/applications/{app}", existing.callId(), applicant.application().id())
                        .with(user(officer)).with(csrf()).param("outcome", "SELECTED")
                        .param("stageId", String.valueOf(existing.secondStage()))
                        .param("reason", "Tahap dua lebih dekat dengan jadwal panennya."))
                .andExpect(redirectedUrl("/officer/calls/" + existing.callId()));
        mvc.perform(post("/officer/calls/{id}/publish", existing.callId()).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/officer/calls/" + existing.callId()));
        Document results = Jsoup.parse(page(get("/officer/calls/{id}", existing.callId()), officer));
        assertThat(results.select("ul.adjustments li").text()).contains(applicant.application().blindCode())
                .contains("Tahap dua lebih dekat dengan jadwal panennya.").contains("Tahap Dua");
        assertThat(results.select("ul.proposal-summary li").eachText())
                .containsExactly("1. Tahap Satu: 0 terpilih", "2. Tahap Dua: 1 terpilih", "0 di daftar tunggu, 0 belum terpilih");
        assertThat(results.select("table.results tbody tr").text()).contains(applicant.application().blindCode())
                .contains(businesses.find(applicant.artisan().businessId()).orElseThrow().name()).contains("96.0");
        assertThat(page(get("/my/applications"), applicant.artisan().user())).contains("Terpilih");
        assertThat(jdbc.queryForObject("select status from curation_application where id = ?", String.class,
                applicant.application().id())).isEqualTo(ApplicationStatus.SELECTED.name());
    }

    static MockHttpServletRequestBuilder callForm(MockHttpServletRequestBuilder request, long stageId, String rubric) {
        return request.param("title", "Panggilan tahap dua").param("stageIds", String.valueOf(stageId))
                .param("opensAt", "2030-01-01T08:00").param("deadline", "2030-01-20T17:00")
                .param("scoringClosesAt", "2030-01-30T17:00").param("maxProducts", "5").param("statementLimit", "800")
                .param("scaleMax", "5").param("passMark", "60").param("excludeOwnCouncil", "true")
                .param("criteria", rubric).param("regionQuotas", "51.04; 3").param("zoneQuotas[CRAFT]", "10");
    }
}
