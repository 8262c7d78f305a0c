package id.kriya.artisan.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A new business registers with what it has: NIB, year and workers may wait; officers see who has no NIB yet. */
@KriyaWebTest
class BusinessFormOnboardingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFormMarksWhatIsRequiredAndTakesTheEmailAndNameFromTheAccount() throws Exception {
        KriyaUser me = people.buyer();
        String page = mvc.perform(get("/my/business/new").with(user(me)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        for (String field : new String[] {"name", "ownerName", "whatsApp", "email", "village", "address", "story"}) {
            assertThat(page).containsPattern("(?s)<(input|textarea)[^>]*id=\"" + field + "\"[^>]*required[^>]*aria-required=\"true\""
                    + "|<(input|textarea)[^>]*required[^>]*aria-required=\"true\"[^>]*id=\"" + field + "\"");
        }
        assertThat(page).containsPattern("<select[^>]*required[^>]*aria-required=\"true\"[^>]*id=\"regionCode\""
                + "|<select[^>]*id=\"regionCode\"[^>]*required");
        assertThat(page).contains("class=\"required-mark\"").contains("wajib diisi");
        assertThat(page).containsPattern("<input[^>]*id=\"email\"[^>]*value=\"" + me.email() + "\""
                + "|<input[^>]*value=\"" + me.email() + "\"[^>]*id=\"email\"");
        assertThat(page).doesNotContainPattern("<input[^>]*id=\"nib\"[^>]*required");
        assertThat(page).contains("href=\"https://oss.go.id\"").contains("NIB bisa dibuat gratis");
    }

    @Test
    void theLineOnGettingAnNibIsInEnglishToo() throws Exception {
        mvc.perform(get("/my/business/new").param("lang", "en").with(user(people.buyer())))
                .andExpect(content().string(containsString("An NIB is free to get online from OSS")))
                .andExpect(content().string(containsString("(optional)")));
    }

    @Test
    void aBusinessRegistersWithoutNibYearOrWorkersAndSeveralMayDoSo() throws Exception {
        for (int i = 0; i < 2; i++) {
            KriyaUser me = people.buyer();
            ArtisanMother business = aBusiness().named("Tenun Tanpa NIB " + ArtisanMother.token())
                    .typing("nib", "").typing("foundedYear", "").typing("workers", "");
            mvc.perform(business.asForm(post("/my/business/new")).with(user(me)).with(csrf()))
                    .andExpect(redirectedUrl("/my/business"));

            Map<String, Object> row = jdbc.queryForMap(
                    "SELECT nib, founded_year, workers FROM artisan_business WHERE name = ?", business.name());
            assertThat(row.get("nib")).isNull();
            assertThat(row.get("founded_year")).isNull();
            assertThat(row.get("workers")).isNull();
            mvc.perform(get("/my/business").with(user(people.reload(me))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(business.name())))
                    .andExpect(content().string(containsString("Belum ada NIB")))
                    .andExpect(content().string(containsString("href=\"https://oss.go.id\"")));
        }
    }

    @Test
    void officersFilterTheBusinessesWithoutNibAndSeeABadgeAndTheExportSaysSo() throws Exception {
        String token = ArtisanMother.token();
        ArtisanMother without = aBusiness().in("51.04").named("Tanpa NIB " + token).typing("nib", "");
        ArtisanMother with = aBusiness().in("51.04").named("Dengan NIB " + token);
        mvc.perform(without.asForm(post("/my/business/new")).with(user(people.buyer())).with(csrf()))
                .andExpect(redirectedUrl("/my/business"));
        mvc.perform(with.asForm(post("/my/business/new")).with(user(people.buyer())).with(csrf()))
                .andExpect(redirectedUrl("/my/business"));
        KriyaUser officer = people.officerOf("51.04");

        mvc.perform(get("/officer/members").param("q", token).with(user(officer)))
                .andExpect(content().string(containsString(without.name())))
                .andExpect(content().string(containsString(with.name())))
                .andExpect(content().string(containsString("class=\"badge no-nib\"")));
        mvc.perform(get("/officer/members").param("q", token).param("noNib", "true").with(user(officer)))
                .andExpect(content().string(containsString(without.name())))
                .andExpect(content().string(not(containsString(with.name()))));

        String csv = mvc.perform(get("/officer/members.csv").param("q", token).with(user(officer)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.contains(without.name()))).singleElement()
                .asString().contains("Belum ada NIB");
        assertThat(csv.lines().filter(line -> line.contains(with.name()))).singleElement()
                .asString().contains(with.nib());
    }
}
