package id.kriya.catalog.web;

import static id.kriya.catalog.search.SearchProductMother.marker;
import static id.kriya.catalog.search.SearchProductMother.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.Craft;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.Technique;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.search.SearchIndex;
import id.kriya.media.Photo;
import id.kriya.media.PhotoSize;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KriyaWebTest
class SearchPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Autowired
    ProductPhotos photos;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcTemplate jdbc;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    String publishSongket(String maker) {
        Artisan me = artisans.verified();
        long id = products.create(me.user().id(), product("Selendang Songket Benang Emas", Craft.SONGKET,
                List.of("sutra"), Technique.SONGKET, maker, 1_250_000));
        artisans.withPhoto(me, id);
        artisans.payable(me);
        products.publish(me.user().id(), id);
        return products.find(me.user().id(), id).slug();
    }

    @Test
    void buyerFindsAProductWithATypoAndSeesItsCard() throws Exception {
        String maker = marker();
        String slug = publishSongket(maker);

        Document page = page(get("/search").param("q", "songkt " + maker));
        assertThat(page.select(".search-cards a[href=/products/" + slug + "] strong").text()).isEqualTo("Selendang Songket Benang Emas");
        assertThat(page.select(".search-cards .price").text()).isEqualTo("Rp1.250.000");
        assertThat(page.select(".result-count").text()).isEqualTo("1 karya");
        assertThat(page.select(".facet").text()).contains("Songket 1").contains("sutra 1").contains("Rp1.000.000 – Rp5.000.000 1");
        assertThat(page.select("#search-q").val()).isEqualTo("songkt " + maker);

        Document narrowed = page(get("/search").param("q", maker).param("regency", "51.07"));
        assertThat(narrowed.select("#search-regency option[selected]").val()).isEqualTo("51.07");
        assertThat(narrowed.select(".search-cards").text()).contains("Selendang Songket Benang Emas");
        assertThat(page(get("/search").param("q", maker).param("regency", "51.01")).select(".result-count span").text())
                .isEqualTo("Tidak ada karya");
    }

    @Test
    void cardShowsTheCoverAndTheNewCoverOnceTheArtisanReordersThePhotos() throws Exception {
        String maker = marker();
        Artisan me = artisans.verified();
        long id = products.create(me.user().id(), product("Kain Tenun Ikat Gringsing", Craft.GRINGSING,
                List.of("katun"), Technique.IKAT_GANDA, maker, 2_500_000));
        Photo first = artisans.withPhoto(me, id);
        artisans.payable(me);
        products.publish(me.user().id(), id);

        Element cover = page(get("/search").param("q", maker)).selectFirst(".search-cards .card-photo img");
        assertThat(cover).isNotNull();
        assertThat(cover.attr("src")).isEqualTo("/media/" + first.id() + "/small.jpg");
        assertThat(cover.attr("srcset")).isEqualTo(first.srcset()).contains("/media/" + first.id() + "/small.jpg " + first.width(PhotoSize.SMALL) + "w");
        assertThat(cover.attr("sizes")).isEqualTo(Tiles.SIZES);
        assertThat(cover.attr("alt")).isEqualTo("Kain Tenun Ikat Gringsing");
        assertThat(cover.attr("width")).isEqualTo(String.valueOf(first.width(PhotoSize.SMALL)));
        assertThat(cover.attr("height")).isEqualTo(String.valueOf(first.height(PhotoSize.SMALL)));
        assertThat(cover.attr("loading")).as("the first tile is on the first screen").isEqualTo("eager");
        assertThat(cover.attr("fetchpriority")).isEqualTo("high");
        assertThat(cover.attr("decoding")).isEqualTo("async");
        mvc.perform(get(cover.attr("src"))).andExpect(status().isOk());

        Photo second = artisans.withPhoto(me, id);
        assertThat(page(get("/search").param("q", maker)).select(".search-cards .card-photo img").attr("src"))
                .as("a photo added at the end is not the cover").isEqualTo("/media/" + first.id() + "/small.jpg");
        photos.move(me.user().id(), id, second.id(), true);
        assertThat(page(get("/search").param("q", maker)).select(".search-cards .card-photo img").attr("src"))
                .isEqualTo("/media/" + second.id() + "/small.jpg");
        photos.remove(me.user().id(), id, second.id());
        assertThat(page(get("/search").param("q", maker).header("HX-Request", "true"))
                .select(".search-cards .card-photo img").attr("src")).isEqualTo("/media/" + first.id() + "/small.jpg");
    }

    @Test
    void aCardWhoseProductHasNoCoverInTheIndexShowsAPlaceholder() throws Exception {
        String maker = marker();
        String slug = publishSongket(maker);
        assertThat(index.isOutdated()).isFalse();
        // As if indexed before covers were: the product's photos are gone from under it and the index rebuilt.
        jdbc.update("delete from catalog_product_photo where product_id = (select id from catalog_product where slug = ?)", slug);
        index.rebuild();
        assertThat(index.isOutdated()).as("an index like this is rebuilt at start-up").isTrue();

        Document page = page(get("/search").param("q", maker));
        assertThat(page.select(".search-cards .card-photo img")).isEmpty();
        assertThat(page.select(".search-cards .card-photo .no-photo").text()).isEqualTo("Belum ada foto");
        assertThat(page(get("/search").param("q", maker).param("lang", "en")).select(".no-photo").text())
                .isEqualTo("No photo yet");
    }

    @Test
    void aSearchThatFindsNothingSuggestsTheSpellingTheIndexKnows() throws Exception {
        String maker = marker();
        publishSongket(maker);
        Document page = page(get("/search").param("q", "Selendnag Sngkt"));
        assertThat(page.select(".spelling").text()).isEqualTo("selendang songket");
        assertThat(page(get("/search").param("q", page.select(".spelling").text() + " " + maker))
                .select(".search-cards").text()).contains("Selendang Songket Benang Emas");
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        String maker = marker();
        publishSongket(maker);

        String html = mvc.perform(get("/search").param("q", maker).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document fragment = Jsoup.parse(html);
        assertThat(fragment.select("#search-results")).hasSize(1);
        assertThat(fragment.select("header.site-header, form.search-form")).isEmpty();
        assertThat(fragment.text()).contains("Selendang Songket Benang Emas");
    }

    @Test
    void facetLinksKeepTheSearchAndAreShareable() throws Exception {
        String maker = marker();
        publishSongket(maker);

        Document page = page(get("/search").param("q", maker).param("sort", "newest"));
        String categoryLink = page.select(".facet a[href*=category=SONGKET]").attr("href");
        assertThat(categoryLink).startsWith("/search?q=" + maker).contains("sort=newest");
        assertThat(page(get(categoryLink)).select(".search-cards").text()).contains("Selendang Songket Benang Emas");
    }

    @Test
    void anEmptyResultSuggestsSomething() throws Exception {
        publishSongket(marker());
        Document page = page(get("/search").param("q", marker()).param("category", "SONGKET"));
        assertThat(page.select(".empty").text()).isEqualTo("Tidak ada karya yang cocok dengan pencarian ini.");
        assertThat(page.select(".empty-search").text()).contains("Coba dengan lebih sedikit filter")
                .contains("Kategori yang banyak dicari:");
        assertThat(page.select(".empty-search a[href^=/search?category=]")).isNotEmpty();
    }

    @Test
    void badInputGetsANoticeAndNeverAnError() throws Exception {
        Document longQuery = page(get("/search").param("q", "songket ".repeat(1250)));
        assertThat(longQuery.select(".notice").text()).contains("hanya memakai 200 huruf pertama");

        for (String typed : List.of("*:*", "/.*/", "*songket", "\"songket", "songket\"", "title:(", "a AND OR NOT")) {
            mvc.perform(get("/search").param("q", typed)).andExpect(status().isOk());
        }
        assertThat(page(get("/search").param("sort", "cheapest")).select(".notice").text())
                .contains("Urutan itu tidak kami kenal");
        assertThat(page(get("/search").param("minPrice", "-5")).select(".notice").text())
                .contains("Harga tidak bisa kurang dari nol");
        assertThat(page(get("/search").param("maxPrice", "murah")).select(".notice").text())
                .contains("Harga harus berupa angka");
        assertThat(page(get("/search").param("minPrice", "900000").param("maxPrice", "100000")).select(".notice").text())
                .contains("keduanya kami tukar");
        assertThat(page(get("/search").param("category", "KAPAL_SELAM")).select(".notice").text())
                .contains("Kategori itu tidak kami kenal");
        assertThat(page(get("/search").param("regency", "99.99")).select(".notice").text())
                .contains("Kode kabupaten itu tidak kami kenal");
        assertThat(page(get("/search").param("page", "-3")).select(".notice").text())
                .contains("Halaman itu tidak ada");
        assertThat(page(get("/search").param("q", "*:*").param("lang", "en")).select(".notice").text())
                .contains("only punctuation");
    }

    @Test
    void headerSearchBoxGoesToProductSearch() throws Exception {
        Document home = page(get("/"));
        assertThat(home.select("header form.search").attr("action")).isEqualTo("/search");
        assertThat(home.select("#site-search").attr("placeholder")).isEqualTo("Cari kerajinan…");
    }

    @Test
    void theSearchPageHasOneKeywordBoxAndItsFiltersBehindAButtonThatCountsThem() throws Exception {
        Document none = page(get("/search").param("q", "kain"));
        assertThat(none.select("input[name=q]")).as("one keyword box, not the header's and the page's").hasSize(1);
        assertThat(none.select("#search-q").val()).isEqualTo("kain");
        assertThat(none.select("details.filters-panel").hasAttr("open")).isFalse();
        assertThat(none.select("details.filters-panel > summary").text()).isEqualTo("Saring");

        Document two = page(get("/search").param("q", "kain").param("regency", "51.04").param("inStock", "true")
                .param("sort", "newest"));
        assertThat(two.select("details.filters-panel > summary").text()).isEqualTo("Saring 2");
        assertThat(two.select("details.filters-panel").hasAttr("open")).as("results first, even with filters").isFalse();
        assertThat(two.select("#filter-count").attr("aria-label")).isEqualTo("2 filter aktif");

        Document swapped = page(get("/search").param("q", "kain").param("material", "sutra").header("HX-Request", "true"));
        assertThat(swapped.select("[hx-swap-oob='innerHTML:#filter-count']").text())
                .as("htmx brings the count beside Saring along with the results").isEqualTo("1");
    }

    @Test
    void adminRebuildsTheIndex() throws Exception {
        String maker = marker();
        publishSongket(maker);
        var admin = user("admin@kriya.local").roles("ADMIN");
        mvc.perform(post("/admin/search/reindex").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "search.admin.rebuilt"));
        assertThat(page(get("/search").param("q", maker)).select(".search-cards").text())
                .contains("Selendang Songket Benang Emas");
        assertThat(page(get("/admin/search").with(admin)).select("section").text()).contains("Indeks berisi");
        mvc.perform(post("/admin/search/reindex").with(user("x@contoh.id").roles("BUYER")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
