package id.kriya.exhibition.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.RoomDetails;
import id.kriya.exhibition.RoomView;
import id.kriya.exhibition.StageDetails;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class ExhibitionRoomsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Autowired
    ExhibitionManagement exhibitions;

    KriyaUser officer;
    TestArtisans.Artisan painter;
    ExhibitionView exhibition;
    ProductView first;
    ProductView second;

    @BeforeEach
    void anOnlineExhibitionOnNow() {
        officer = people.officerOf("51");
        painter = artisans.verified("51.05");
        exhibition = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran Daring " + ArtisanMother.token(), "Lukisan dari dua desa.", "51", ExhibitionMode.ONLINE));
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Ruang Daring",
                exhibitions.today().minusDays(1), exhibitions.today().plusDays(10), null, Map.of()));
        first = artisans.published(painter, aProduct().titled("Lukisan Wayang Ramayana").pricedAt(4_500_000));
        second = artisans.published(painter, aProduct().titled("Lukisan Sita di Hutan").pricedAt(3_000_000));
    }

    RoomView room(List<Long> works) {
        return exhibitions.addRoom(officer.id(), exhibition.id(),
                new RoomDetails(1, "Lukisan Kamasan", "Kami melukis wayang dengan warna dari batu.", works));
    }

    Document page(String url, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    String roomUrl(RoomView room) {
        return "/exhibitions/" + exhibition.slug() + "/rooms/" + room.slug();
    }

    @Test
    void showsTheStatementAndTheWorksInTheRoomsOrderWithLargePhotosLinkedToTheirFullSize() throws Exception {
        RoomView room = room(List.of(second.id(), first.id()));
        assertThat(room.slug()).isEqualTo("lukisan-kamasan");

        Document page = page(roomUrl(room), "id");

        assertThat(page.select(".room-statement").text()).isEqualTo("Kami melukis wayang dengan warna dari batu.");
        assertThat(page.select(".room-work h3").eachText()).containsExactly("Lukisan Sita di Hutan", "Lukisan Wayang Ramayana");
        List<Element> photos = page.select(".room-photo");
        assertThat(photos).hasSize(2);
        assertThat(photos.get(0).attr("href")).isEqualTo(second.coverId().url(id.kriya.media.PhotoSize.FULL));
        Element img = photos.get(0).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo(second.coverId().url(id.kriya.media.PhotoSize.CARD));
        assertThat(img.attr("alt")).isEqualTo("Lukisan Sita di Hutan");
        assertThat(img.attr("width")).isNotBlank();
        assertThat(img.attr("height")).isNotBlank();
        assertThat(img.hasAttr("loading")).isFalse();
        assertThat(photos.get(1).selectFirst("img").attr("loading")).isEqualTo("lazy");
        assertThat(page.select(".room-work a[href=/products/" + first.slug() + "]")).isNotEmpty();
        assertThat(page.select(".room-work .price").eachText()).containsExactly("Rp3.000.000", "Rp4.500.000");
        assertThat(page.select(".room-work").text()).contains("Ni Luh Sari");

        Document exhibitionPage = page("/exhibitions/" + exhibition.slug(), "id");
        assertThat(exhibitionPage.select(".room-list a").attr("href")).isEqualTo(roomUrl(room));
    }

    @Test
    void aWorkNoLongerPublicIsLeftOut() throws Exception {
        RoomView room = room(List.of(first.id(), second.id()));

        products.unpublish(painter.user().id(), first.id());

        assertThat(page(roomUrl(room), "id").select(".room-work h3").eachText())
                .containsExactly("Lukisan Sita di Hutan");
    }

    @Test
    void anUnknownRoomIsNotFound() throws Exception {
        room(List.of(first.id()));

        mvc.perform(get("/exhibitions/{slug}/rooms/{room}", exhibition.slug(), "tidak-ada"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/exhibitions/{slug}/rooms/{room}", "tidak-ada", "lukisan-kamasan"))
                .andExpect(status().isNotFound());
    }

    @Test
    void rendersInIndonesianAndEnglish() throws Exception {
        RoomView room = room(List.of(first.id()));

        assertThat(page(roomUrl(room), "id").select(".room-statement-heading").text()).isEqualTo("Pernyataan seniman");
        assertThat(page(roomUrl(room), "en").select(".room-statement-heading").text()).isEqualTo("The artist's statement");
        assertThat(page(roomUrl(room), "en").select(".room-links").text()).contains("See and buy");
    }

    @Test
    void refusesAWorkThatIsNotPublicAndARoomOutOfOrder() {
        ProductView draft = artisans.draft(painter, aProduct().titled("Lukisan Belum Selesai"));

        assertThatThrownBy(() -> room(List.of(first.id(), draft.id())))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.rule.roomWorkNotPublic");
        assertThatThrownBy(() -> room(List.of(first.id(), Long.MAX_VALUE)))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.rule.roomWorkNotPublic");
        assertThat(exhibitions.rooms(exhibition.id())).isEmpty();

        assertThatThrownBy(() -> exhibitions.addRoom(officer.id(), exhibition.id(),
                new RoomDetails(2, "Lukisan Batuan", "Tinta hitam.", List.of(first.id()))))
                .isInstanceOf(ExhibitionRuleException.class).hasMessage("exhibition.rule.roomPosition");
    }

    @Test
    void anOfficerAddsARoomFromProductAddressesThenReordersChangesAndRemovesRooms() throws Exception {
        mvc.perform(post("/officer/exhibitions/{id}/rooms/new", exhibition.id()).with(user(officer)).with(csrf())
                        .param("title", "Lukisan Kamasan").param("statement", "Wayang yang dilukis.")
                        .param("works", "https://kriya.id/products/" + second.slug() + "?ref=wa\n\n" + first.slug()))
                .andExpect(redirectedUrl("/officer/exhibitions/" + exhibition.id() + "#rooms"));
        mvc.perform(post("/officer/exhibitions/{id}/rooms/new", exhibition.id()).with(user(officer)).with(csrf())
                        .param("title", "Lukisan Batuan").param("statement", "Tinta hitam lapis demi lapis.")
                        .param("works", "/products/" + first.slug()))
                .andExpect(status().is3xxRedirection());

        List<RoomView> rooms = exhibitions.rooms(exhibition.id());
        assertThat(rooms).extracting(RoomView::title).containsExactly("Lukisan Kamasan", "Lukisan Batuan");
        assertThat(rooms.get(0).productIds()).containsExactly(second.id(), first.id());

        mvc.perform(post("/officer/exhibitions/{id}/rooms/{room}/earlier", exhibition.id(), rooms.get(1).id())
                .with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(exhibitions.rooms(exhibition.id())).extracting(RoomView::title)
                .containsExactly("Lukisan Batuan", "Lukisan Kamasan");

        mvc.perform(post("/officer/exhibitions/{id}/rooms/{room}", exhibition.id(), rooms.get(0).id())
                        .with(user(officer)).with(csrf()).param("title", "Lukisan Kamasan")
                        .param("statement", "Wayang yang dilukis.").param("works", first.slug() + "\n" + second.slug()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/officer/exhibitions/{id}/rooms/{room}/remove", exhibition.id(), rooms.get(1).id())
                .with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(exhibitions.rooms(exhibition.id())).singleElement().satisfies(room -> {
            assertThat(room.title()).isEqualTo("Lukisan Kamasan");
            assertThat(room.position()).isEqualTo(1);
            assertThat(room.productIds()).containsExactly(first.id(), second.id());
        });
        Document officerPage = Jsoup.parse(mvc.perform(get("/officer/exhibitions/{id}", exhibition.id())
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(officerPage.select(".room-list a").eachText()).containsExactly("Lukisan Kamasan");
    }

    @Test
    void aLineNamingNoPublicProductIsPointedOutByNumberAndNothingIsSaved() throws Exception {
        ProductView draft = artisans.draft(painter, aProduct().titled("Lukisan Belum Jadi"));

        Document page = Jsoup.parse(mvc.perform(post("/officer/exhibitions/{id}/rooms/new", exhibition.id())
                        .with(user(officer)).with(csrf()).param("lang", "en")
                        .param("title", "Lukisan Kamasan").param("statement", "Wayang yang dilukis.")
                        .param("works", first.slug() + "\n" + draft.slug() + "\nbukan alamat!"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#works-error li").eachText()).containsExactly(
                "Line 2 (\"" + draft.slug() + "\"): no public product has this address.",
                "Line 3 (\"bukan alamat!\"): no public product has this address.");
        assertThat(exhibitions.rooms(exhibition.id())).isEmpty();
    }

    @Test
    void anOfficerOfAnotherCouncilCannotTouchTheRooms() throws Exception {
        RoomView room = room(List.of(first.id()));
        KriyaUser gianyar = people.officerOf("51.04");

        mvc.perform(get("/officer/exhibitions/{id}/rooms/{room}", exhibition.id(), room.id()).with(user(gianyar)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/officer/exhibitions/{id}/rooms/{room}/remove", exhibition.id(), room.id())
                .with(user(gianyar)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/officer/exhibitions/{id}/rooms/new", exhibition.id()).with(user(gianyar)).with(csrf())
                        .param("title", "Ruang lain").param("statement", "Lain.").param("works", first.slug()))
                .andExpect(status().isNotFound());

        assertThat(exhibitions.rooms(exhibition.id())).containsExactly(room);
    }
}
