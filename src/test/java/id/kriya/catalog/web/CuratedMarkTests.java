package id.kriya.catalog.web;

import static id.kriya.catalog.search.SearchProductMother.marker;
import static id.kriya.catalog.search.SearchProductMother.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.kriya.KriyaWebTest;
import id.kriya.artisan.Craft;
import id.kriya.catalog.CuratedProducts;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.Technique;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.search.ProductSearch;
import id.kriya.catalog.search.SearchCriteria;
import id.kriya.catalog.search.SearchResults;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The curators' mark: indexed as soon as curation gives it, a filter and a facet on /search, a badge, an API field. */
@KriyaWebTest
class CuratedMarkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Autowired
    ProductSearch search;

    @Autowired
    CuratedProducts curated;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    id.kriya.artisan.ArtisanManagement businesses;

    String maker;
    Artisan weaver;
    ProductView selected;
    ProductView other;

    @BeforeEach
    void twoSongketsOneSelectedByCurators() {
        maker = marker();
        weaver = artisans.verified("51.07");
        selected = publish(weaver, "Songket Terpilih");
        other = publish(weaver, "Songket Biasa");
        transactions.executeWithoutResult(status -> curated.mark(List.of(selected.id())));
    }

    ProductView publish(Artisan artisan, String title) {
        long id = products.create(artisan.user().id(), product(title, Craft.SONGKET, List.of("sutra"),
                Technique.SONGKET, maker, 1_500_000));
        artisans.withPhoto(artisan, id);
        artisans.payable(artisan);
        products.publish(artisan.user().id(), id);
        return products.find(artisan.user().id(), id);
    }

    SearchResults find(String curatedParam) {
        return search.search(SearchCriteria.parse(maker, null, null, null, null, null, null, null, null, null,
                curatedParam));
    }

    Document page(String url, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void markingAProductReindexesItSoTheFilterAndTheFacetFindIt() {
        SearchResults all = find(null);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.facets().curated()).isEqualTo(1);
        assertThat(all.hits()).extracting(SearchResults.Hit::title, SearchResults.Hit::curated)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Songket Terpilih", true),
                        org.assertj.core.groups.Tuple.tuple("Songket Biasa", false));

        SearchResults only = find("true");
        assertThat(only.hits()).extracting(SearchResults.Hit::title).containsExactly("Songket Terpilih");
        assertThat(only.criteria().hasFilters()).isTrue();
        assertThat(find("false").total()).isEqualTo(2);
        assertThat(find("maybe").notices()).containsExactly("search.notice.badCurated");
    }

    @Test
    void searchPageOffersTheCuratedFacetAndMarksTheCards() throws Exception {
        Document indonesian = page("/search?q=" + maker, "id");
        assertThat(indonesian.select(".facet-curated a").text()).isEqualTo("Dikurasi 1");
        assertThat(indonesian.select(".facet-curated a").attr("href")).contains("curated=true").contains("q=" + maker);
        assertThat(indonesian.select(".search-cards .card:has(.badge.curated) strong").eachText())
                .containsExactly("Songket Terpilih");
        assertThat(indonesian.select(".badge.curated").first().attr("title")).contains("kurator");
        assertThat(indonesian.select(".badge.curated .visually-hidden").text()).contains("dipilih kurator");

        Document filtered = page("/search?curated=true&q=" + maker, "en");
        assertThat(filtered.select(".search-cards strong").eachText()).containsExactly("Songket Terpilih");
        assertThat(filtered.select(".search-cards .badge.curated").text()).startsWith("Curated");
        assertThat(filtered.select("input[name=curated]").hasAttr("checked")).isTrue();
        assertThat(filtered.select(".facet-curated a.active").attr("href")).doesNotContain("curated");
    }

    @Test
    void productPageAndShopShowTheBadgeOnlyOnTheCuratedProduct() throws Exception {
        assertThat(page("/products/" + selected.slug(), "id").select(".product-page .badge.curated").text())
                .startsWith("Dikurasi");
        assertThat(page("/products/" + other.slug(), "id").select(".badge.curated")).isEmpty();
        Document shop = page("/artisans/" + businesses.find(weaver.businessId()).orElseThrow().slug(), "en");
        assertThat(shop.select(".product-card:has(.badge.curated) strong").eachText())
                .containsExactly("Songket Terpilih");
    }

    @Test
    void apiSaysWhichProductsAreCuratedAndFiltersByIt() throws Exception {
        String one = mvc.perform(get("/api/v1/products/" + selected.slug())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<Boolean>read(one, "$.curated")).isTrue();
        String list = mvc.perform(get("/api/v1/products").param("q", maker).param("curated", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].title")).containsExactly("Songket Terpilih");
        assertThat(JsonPath.<List<Boolean>>read(list, "$.items[*].curated")).containsExactly(true);
        assertThat(JsonPath.<Integer>read(list, "$.facets.curated")).isEqualTo(1);
    }
}
