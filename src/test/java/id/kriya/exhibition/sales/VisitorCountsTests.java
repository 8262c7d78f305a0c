package id.kriya.exhibition.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.sales.TestSaleStages.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class VisitorCountsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    TestSaleStages booths;

    @Autowired
    VisitorCounts visitors;

    String sheet(Stage stage) {
        return "/officer/exhibitions/" + stage.exhibition().id() + "/stages/" + stage.id() + "/visitors";
    }

    @Test
    void anOfficerCountsVisitorsPerDayAndCorrectsThem() throws Exception {
        Stage stage = booths.stage(-2, 4);
        LocalDate first = stage.stage().start();

        mvc.perform(post(sheet(stage)).with(user(stage.officer())).with(csrf())
                        .param("counts[" + first + "]", "320").param("counts[" + first.plusDays(1) + "]", "1.250")
                        .param("counts[" + first.plusDays(2) + "]", ""))
                .andExpect(status().is3xxRedirection());
        visitors.record(stage.officer().id(), stage.exhibition().id(), stage.id(), first, 340);

        assertThat(visitors.of(stage.id()).days()).containsExactly(Map.entry(first, 340), Map.entry(first.plusDays(1), 1250));
        assertThat(visitors.of(stage.id()).total()).isEqualTo(1590);
        Document page = Jsoup.parse(mvc.perform(get(sheet(stage)).with(user(stage.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".visitor-total").text()).isEqualTo("Jumlah pengunjung: 1.590");
        assertThat(page.select("#count-" + first).val()).isEqualTo("340");
        assertThat(page.select(".visitor-form input[type=number]")).hasSize(4);
        assertThat(page.select("#count-" + first.plusDays(3)).hasAttr("disabled")).isTrue();
    }

    @Test
    void aNegativeCountIsRefusedBesideItsDayAndNothingIsSaved() throws Exception {
        Stage stage = booths.stage(-2, 3);
        LocalDate first = stage.stage().start();

        Document page = Jsoup.parse(mvc.perform(post(sheet(stage)).with(user(stage.officer())).with(csrf())
                        .param("counts[" + first + "]", "200").param("counts[" + first.plusDays(1) + "]", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#count-" + first.plusDays(1) + "-error").text())
                .isEqualTo("Jumlah pengunjung harus 0 sampai 1.000.000. Tidak ada yang tersimpan.");
        assertThat(visitors.of(stage.id()).days()).isEmpty();
        Document words = Jsoup.parse(mvc.perform(post(sheet(stage)).with(user(stage.officer())).with(csrf())
                        .param("counts[" + first + "]", "dua ratus"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(words.select("#count-" + first + "-error").text()).isEqualTo("Isi bilangan bulat, misalnya 250.");
    }

    @Test
    void aDayOutsideTheStageOrStillToComeIsRefused() throws Exception {
        Stage stage = booths.stage(-2, 5);
        LocalDate before = stage.stage().start().minusDays(1);
        KriyaUser officer = stage.officer();

        assertThatThrownBy(() -> visitors.record(officer.id(), stage.exhibition().id(), stage.id(), before, 10))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.visitors.rule.outsideStage");
        assertThatThrownBy(() -> visitors.record(officer.id(), stage.exhibition().id(), stage.id(),
                stage.stage().end(), 10))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.visitors.rule.future");
        Document page = Jsoup.parse(mvc.perform(post(sheet(stage)).with(user(officer)).with(csrf())
                        .param("counts[" + before + "]", "10"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".flash.error").text()).contains("bukan hari tahap ini");
        assertThat(visitors.of(stage.id()).days()).isEmpty();
    }

    @Test
    void anOfficerOutsideTheOrganisersAreaFindsNoStage() throws Exception {
        Stage stage = booths.stage(-1, 3);
        KriyaUser gianyar = people.officerOf("51.04");

        mvc.perform(get(sheet(stage)).with(user(gianyar))).andExpect(status().isNotFound());
        mvc.perform(post(sheet(stage)).with(user(gianyar)).with(csrf())
                .param("counts[" + stage.stage().start() + "]", "10")).andExpect(status().isNotFound());
        mvc.perform(get(sheet(stage).replace("/visitors", "/sales")).with(user(gianyar)))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> visitors.record(gianyar.id(), stage.exhibition().id(), stage.id(),
                stage.stage().start(), 10)).isInstanceOf(ExhibitionNotFoundException.class);
        Stage other = booths.stage(-1, 3);
        mvc.perform(get("/officer/exhibitions/" + stage.exhibition().id() + "/stages/" + other.id() + "/visitors")
                .with(user(stage.officer()))).andExpect(status().isNotFound());
        assertThat(visitors.of(stage.id()).days()).isEmpty();
    }
}
