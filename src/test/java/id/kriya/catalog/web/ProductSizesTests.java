package id.kriya.catalog.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

/** The piece's size for buyers, the parcel's for couriers, and numbers out of reach told their limits. */
@KriyaWebTest
class ProductSizesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Test
    void theProductPageShowsThePieceNotItsParcel() throws Exception {
        Artisan me = artisans.verified();
        ProductView cloth = artisans.published(me, aProduct().titled("Kain Endek Lebar").packedIn(30, 20, 4, 450));
        Document page = Jsoup.parse(mvc.perform(get("/products/{slug}", cloth.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("dt").eachText()).contains("Ukuran benda (P × L × T)", "Berat benda");
        assertThat(page.text()).contains("200 × 110 × 1 cm").contains("350 gram")
                .doesNotContain("30 × 20 × 4 cm").doesNotContain("450 gram");
        String english = mvc.perform(get("/products/{slug}", cloth.slug()).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Size of the piece (L × W × H)").contains("200 × 110 × 1 cm");
    }

    @Test
    void theFormAsksForThePieceAndTheParcelAndExplainsEach() throws Exception {
        Artisan me = artisans.verified();
        Document form = Jsoup.parse(mvc.perform(get("/my/products/new").with(user(me.user())))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("legend").eachText()).contains("Ukuran dan berat benda", "Paket untuk dikirim");
        assertThat(form.text()).contains("Kain yang dilipat menjadi paket kecil");
        assertThat(form.select("input[name=parcelWeightGrams]")).hasSize(1);
        assertThat(form.select("input[name=parcelLengthCm]")).hasSize(1);
        String english = mvc.perform(get("/my/products/new").param("lang", "en").with(user(me.user())))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Parcel for shipping").contains("A folded cloth is a small parcel");

        mvc.perform(aProduct().titled("Kain Terlipat").packedIn(30, 20, 4, 450).asForm(post("/my/products"))
                .with(user(me.user())).with(csrf()));
        ProductView saved = products.list(me.user().id(), null, Pageable.ofSize(5)).getContent().get(0);
        assertThat(saved.lengthCm()).isEqualTo(200);
        assertThat(saved.parcelLengthCm()).isEqualTo(30);
        assertThat(saved.parcelWeightGrams()).isEqualTo(450);
        mvc.perform(get("/my/products/{id}/edit", saved.id()).with(user(me.user())))
                .andExpect(content().string(containsString("value=\"450\"")));
    }

    @Test
    void aParcelLighterThanItsPieceIsRefused() throws Exception {
        Artisan me = artisans.verified();
        mvc.perform(aProduct().packedIn(30, 20, 4, 100).asForm(post("/my/products")).with(user(me.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("productForm", "parcelWeightGrams"))
                .andExpect(content().string(containsString("Paket tidak bisa lebih ringan dari bendanya")));
        assertThat(products.list(me.user().id(), null, Pageable.ofSize(5))).isEmpty();
    }

    @Test
    void aStockOfATrillionIsToldTheLimitNotOnlyThatItIsNoNumber() throws Exception {
        Artisan me = artisans.verified();
        mvc.perform(aProduct().typing("stock", "1000000000000").asForm(post("/my/products")).with(user(me.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("productForm", "stock"))
                .andExpect(content().string(containsString("antara 1 dan 10.000 buah")));
        mvc.perform(aProduct().typing("stock", "1000000000000").asForm(post("/my/products")).param("lang", "en")
                        .with(user(me.user())).with(csrf()))
                .andExpect(content().string(containsString("from 1 to 10,000 pieces")))
                .andExpect(content().string(not(containsString(">Must be a whole number.<"))));
        mvc.perform(aProduct().typing("price", "99999999999999999999").asForm(post("/my/products"))
                        .with(user(me.user())).with(csrf()))
                .andExpect(content().string(containsString("paling banyak Rp1.000.000.000")));
        mvc.perform(aProduct().typing("parcelWeightGrams", "5000000000").asForm(post("/my/products"))
                        .with(user(me.user())).with(csrf()))
                .andExpect(content().string(containsString("antara 1 dan 1.000.000 gram")));
        assertThat(products.list(me.user().id(), null, Pageable.ofSize(5))).isEmpty();
    }
}
