package id.kriya.site.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.web.Tiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class HomeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Test
    void showsNewlyVerifiedArtisansButNotThoseStillWaiting() throws Exception {
        ArtisanMother verified = aBusiness().in("51.07").named("Gringsing " + ArtisanMother.token());
        ArtisanMother pending = aBusiness().in("51.07").named("Gringsing " + ArtisanMother.token());
        long id = artisans.register(people.buyer().id(), verified.details());
        artisans.register(people.buyer().id(), pending.details());
        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(people.officerOf("51.07"))).with(csrf()));

        mvc.perform(get("/"))
                .andExpect(view().name(HomeController.VIEW))
                .andExpect(content().string(containsString(verified.name())))
                .andExpect(content().string(not(containsString(pending.name()))))
                .andExpect(content().string(not(containsString("Belum ada perajin terverifikasi"))))
                .andExpect(content().string(containsString("/councils/51.07")));
    }

    @Autowired
    TestArtisans makers;

    @Test
    void showsTheNewestPiecesWithTheirPhotosInEverySizeAndTheirPrices() throws Exception {
        TestArtisans.Artisan maker = makers.verified();
        String title = "Kain Endek Baru " + ArtisanMother.token();
        ProductView product = makers.published(maker, aProduct().titled(title).pricedAt(875_000));

        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

        Element tile = home.select("#home-new ~ ul.tiles li.product-card").stream()
                .filter(li -> li.text().contains(title)).findFirst().orElseThrow();
        assertThat(tile.select(".price").text()).isEqualTo("Rp875.000");
        Element img = tile.selectFirst(".card-photo img");
        assertThat(img.attr("srcset")).contains("/media/" + product.coverId() + "/thumb.jpg 200w")
                .contains("/media/" + product.coverId() + "/small.jpg");
        assertThat(img.attr("sizes")).isEqualTo(Tiles.SIZES);
        assertThat(home.select("main h2").eachText().indexOf("Karya terbaru"))
                .as("pieces come before the artisans and the councils")
                .isLessThan(home.select("main h2").eachText().indexOf("Perajin yang baru bergabung"));
    }

    @Test
    void theHeaderIsTheNameTheSearchTheOtherLanguageAndAMenuThatHoldsTheRest() throws Exception {
        Document anonymous = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(anonymous.select("header.site-header > *").eachAttr("class"))
                .containsExactly("brand", "search", "lang", "site-menu");
        assertThat(anonymous.select("header details.site-menu a[href=/signin]")).hasSize(1);
        assertThat(anonymous.select("header details.site-menu > summary").attr("aria-label")).isEqualTo("Buka menu");

        Document officer = Jsoup.parse(mvc.perform(get("/").with(user(people.officerOf("51.04"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(officer.select("header details.site-menu a[href=/officer/members]")).hasSize(1);
        assertThat(officer.select("header > a:not(.brand):not(.lang), header > nav")).as("nothing else in the row").isEmpty();
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("Find artisans")))
                .andExpect(content().string(containsString("How Kriya works")));
    }
}
