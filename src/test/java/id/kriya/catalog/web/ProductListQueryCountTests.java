package id.kriya.catalog.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Product lists cost the same number of queries for two products as for eight: no query per row. */
@KriyaWebTest
class ProductListQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement businesses;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void artisanListExportAndShopDoNotQueryPerRow() throws Exception {
        Artisan few = withProducts(2);
        Artisan many = withProducts(8);
        for (String path : new String[] {"/my/products", "/my/products/export.csv"}) {
            long forFew = statements(() -> mvc.perform(get(path).with(user(few.user()))).andExpect(status().isOk()));
            long forMany = statements(() -> mvc.perform(get(path).with(user(many.user()))).andExpect(status().isOk()));
            assertThat(forFew).as(path).isPositive();
            assertThat(forMany).as(path).isEqualTo(forFew);
        }
        String fewShop = "/artisans/" + businesses.find(few.businessId()).orElseThrow().slug();
        String manyShop = "/artisans/" + businesses.find(many.businessId()).orElseThrow().slug();
        long forFew = statements(() -> mvc.perform(get(fewShop)).andExpect(status().isOk()));
        long forMany = statements(() -> mvc.perform(get(manyShop)).andExpect(status().isOk()));
        assertThat(forMany).isEqualTo(forFew);
    }

    @Test
    void officerListDoesNotQueryPerRow() throws Exception {
        var officer = people.officerOf("51.06");
        Artisan artisan = artisans.verified("51.06");
        artisans.published(artisan, aProduct());
        long forOne = statements(() -> mvc.perform(get("/officer/products").with(user(officer))).andExpect(status().isOk()));
        for (int i = 0; i < 5; i++) {
            artisans.published(artisan, aProduct());
        }
        long forSix = statements(() -> mvc.perform(get("/officer/products").with(user(officer))).andExpect(status().isOk()));
        assertThat(forSix).isEqualTo(forOne);
    }

    @Test
    void listsShowEveryCoverWithoutAQueryPerProduct() throws Exception {
        Artisan few = withProducts(1);
        Artisan many = withProducts(4);
        long forFew = statements(() -> mvc.perform(get("/my/products").with(user(few.user()))).andExpect(status().isOk()));
        String page = mvc.perform(get("/my/products").with(user(many.user()))).andReturn().getResponse().getContentAsString();
        long forMany = statements(() -> mvc.perform(get("/my/products").with(user(many.user()))).andExpect(status().isOk()));
        assertThat(Jsoup.parse(page).select("li.product-line img.thumb")).hasSize(4)
                .allSatisfy(img -> assertThat(img.attr("src")).matches("/media/[0-9a-f-]{36}/thumb\\.jpg"));
        assertThat(forMany).isEqualTo(forFew);

        String shop = mvc.perform(get("/artisans/" + businesses.find(many.businessId()).orElseThrow().slug()))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(shop).select(".shop .card-photo img[srcset]")).hasSize(4);
    }

    private Artisan withProducts(int count) {
        Artisan artisan = artisans.verified();
        for (int i = 0; i < count; i++) {
            artisans.published(artisan, aProduct().titled("Kain Endek " + i));
        }
        return artisan;
    }

    /** Statements of the request's second run: the first fills what is kept between requests (council areas). */
    private long statements(Request request) throws Exception {
        // Listeners of the photos just added (the trust module compares them) count in the same statistics.
        id.kriya.EventPublications.awaitSettled(entityManagerFactory);
        request.run();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            request.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    interface Request {
        void run() throws Exception;
    }
}
