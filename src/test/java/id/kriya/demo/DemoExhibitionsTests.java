package id.kriya.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static id.kriya.catalog.ProductMother.aProduct;

import java.time.LocalDate;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.RoomView;
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
    ProductManagement products;

    @Autowired
    TestArtisans artisans;

    @Autowired
    MockMvc mvc;

    @Test
    void theFlagshipHasTwoStagesAtGedungKsirarnawaWithTwentyZonedBooths() throws Exception {
        long officer = people.officerOf("51").id();
        LocalDate today = exhibitions.today();
        new DemoExhibitions(exhibitions, products).load(officer);

        ExhibitionView flagship = exhibitions.exhibitionsOf(officer).stream()
                .filter(exhibition -> exhibition.title().equals(DemoExhibitions.TITLE)).findFirst().orElseThrow();
        assertThat(flagship.stages()).extracting(StageView::start)
                .containsExactly(today.minusWeeks(9), today.plusWeeks(4));
        assertThat(flagship.stages().get(0).venue().name()).isEqualTo("Gedung Ksirarnawa, Taman Budaya Art Centre");

        Document page = Jsoup.parse(mvc.perform(get("/exhibitions/{slug}", flagship.slug()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".stage").first().select("li.booth.zone-craft")).hasSize(16);
        assertThat(page.select(".stage").first().select("li.booth.zone-culinary")).hasSize(4);
        assertThat(page.select(".stage h3").eachText()).containsExactly("Tahap 1: Kriya pilihan sembilan kabupaten/kota", "Tahap 2: Menjelang akhir tahun");
    }

    @Test
    void thePaintingExhibitionIsOnNowWithAKamasanRoomAndABatuanRoom() throws Exception {
        long officer = people.officerOf("51").id();
        TestArtisans.Artisan kamasan = artisans.verified("51.05");
        TestArtisans.Artisan batuan = artisans.verified("51.04");
        ProductView ramayana = artisans.published(kamasan, aProduct().titled("Lukisan Wayang Kamasan Ramayana"));
        ProductView market = artisans.published(batuan, aProduct().titled("Lukisan Batuan Pasar Malam"));
        new DemoExhibitions(exhibitions, products).loadPaintings(officer, kamasan.user().id(), batuan.user().id());

        ExhibitionView paintings = exhibitions.listing().now().stream()
                .filter(exhibition -> exhibition.title().equals(DemoExhibitions.PAINTINGS_TITLE)).findFirst().orElseThrow();
        assertThat(exhibitions.rooms(paintings.id())).extracting(RoomView::title)
                .containsExactly("Lukisan Kamasan", "Lukisan Batuan");
        assertThat(exhibitions.rooms(paintings.id())).extracting(RoomView::productIds)
                .containsExactly(java.util.List.of(ramayana.id()), java.util.List.of(market.id()));

        Document page = Jsoup.parse(mvc.perform(get("/exhibitions/{slug}/rooms/{room}", paintings.slug(), "lukisan-batuan"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".room-work h3").eachText()).containsExactly("Lukisan Batuan Pasar Malam");
    }
}
