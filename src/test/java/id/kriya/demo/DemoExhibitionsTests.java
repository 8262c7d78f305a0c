package id.kriya.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.TestPeople;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class DemoExhibitionsTests {

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    TestPeople people;

    @Autowired
    MockMvc mvc;

    @Test
    void theFlagshipHasTwoStagesAtGedungKsirarnawaWithTwentyZonedBooths() throws Exception {
        long officer = people.officerOf("51").id();
        new DemoExhibitions(exhibitions).load(officer);

        ExhibitionView flagship = exhibitions.exhibitionsOf(officer).stream()
                .filter(exhibition -> exhibition.title().equals(DemoExhibitions.TITLE)).findFirst().orElseThrow();
        assertThat(flagship.stages()).extracting(StageView::start)
                .containsExactly(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 12, 7));
        assertThat(flagship.stages().get(0).venue().name()).isEqualTo("Gedung Ksirarnawa, Taman Budaya Art Centre");

        Document page = Jsoup.parse(mvc.perform(get("/exhibitions/{slug}", flagship.slug()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".stage").first().select("li.booth.zone-craft")).hasSize(16);
        assertThat(page.select(".stage").first().select("li.booth.zone-culinary")).hasSize(4);
        assertThat(page.select(".stage h3").eachText()).containsExactly("Tahap 1: Tahap I", "Tahap 2: Tahap II");
    }
}
