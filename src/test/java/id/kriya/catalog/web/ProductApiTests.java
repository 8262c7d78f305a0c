package id.kriya.catalog.web;

import static id.kriya.catalog.search.SearchProductMother.marker;
import static id.kriya.catalog.search.SearchProductMother.product;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.Craft;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.Technique;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.Photo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class ProductApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Autowired
    ArtisanManagement management;

    @Test
    void searchAnswersWithItemsTotalAndFacets() throws Exception {
        String maker = marker();
        Artisan me = artisans.verified();
        long id = 0;
        for (long price : new long[] {300_000, 600_000, 900_000}) {
            id = products.create(me.user().id(), product("Kain Tenun " + price, Craft.TENUN_ENDEK, List.of("katun"),
                    Technique.TENUN_IKAT_ATBM, maker, price));
            artisans.withPhoto(me, id);
            artisans.payable(me);
            products.publish(me.user().id(), id);
        }
        ProductView dearest = products.find(me.user().id(), id);
        long draft = products.create(me.user().id(), product("Kain Draf", Craft.TENUN_ENDEK, List.of("katun"),
                Technique.TENUN_IKAT_ATBM, maker, 100_000));

        mvc.perform(get("/api/v1/products").param("q", "menenun " + maker).param("sort", "price_desc").param("size", "2")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].title").value("Kain Tenun 900000"))
                .andExpect(jsonPath("$.items[0].price").value(900000))
                .andExpect(jsonPath("$.items[0].url").value(endsWith("/products/" + dearest.slug())))
                .andExpect(jsonPath("$.items[0].coverUrl").value(endsWith("/media/" + dearest.coverId() + "/card.jpg")))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.facets.categories[0].value").value("TENUN_ENDEK"))
                .andExpect(jsonPath("$.facets.categories[0].count").value(3))
                .andExpect(jsonPath("$.notices.length()").value(0));

        mvc.perform(get("/api/v1/products").param("q", maker).param("size", "500").param("sort", "bogus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(12))
                .andExpect(jsonPath("$.notices.length()").value(2));
        String slug = products.find(me.user().id(), draft).slug();
        mvc.perform(get("/api/v1/products/{slug}", slug).accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
    }

    @Test
    void oneProductBySlug() throws Exception {
        Artisan me = artisans.verified();
        long id = products.create(me.user().id(), product("Songket Api", Craft.SONGKET, List.of("sutra"),
                Technique.SONGKET, "Ni Made", 2_000_000));
        Photo cover = artisans.withPhoto(me, id);
        Photo second = artisans.withPhoto(me, id);
        artisans.payable(me);
        products.publish(me.user().id(), id);
        String slug = products.find(me.user().id(), id).slug();
        String business = management.find(me.businessId()).orElseThrow().slug();

        mvc.perform(get("/api/v1/products/{slug}", slug).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Songket Api"))
                .andExpect(jsonPath("$.price").value(2000000))
                .andExpect(jsonPath("$.materials[0]").value("sutra"))
                .andExpect(jsonPath("$.artisan").value(business))
                .andExpect(jsonPath("$.regencyName").value("Karangasem"))
                .andExpect(jsonPath("$.coverUrl").value(endsWith(cover.cardUrl())))
                .andExpect(jsonPath("$.photos.length()").value(2))
                .andExpect(jsonPath("$.photos[0].full").value(endsWith(cover.fullUrl())))
                .andExpect(jsonPath("$.photos[1].thumb").value(endsWith(second.thumbUrl())))
                .andExpect(jsonPath("$.hiddenReason").doesNotExist());
    }

    @Test
    void missingProductIsANotFoundProblemEvenForABrowser() throws Exception {
        // What a browser sends: HTML first, anything else after.
        mvc.perform(get("/api/v1/products/{slug}", "tidak-ada-produk-ini")
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tidak ditemukan"))
                .andExpect(jsonPath("$.detail").value("Tidak ada produk publik dengan alamat ini."));
    }
}
