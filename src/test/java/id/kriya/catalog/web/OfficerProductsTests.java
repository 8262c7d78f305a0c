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
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class OfficerProductsTests {

    static final String REASON = "Foto tidak sesuai dengan kain yang dikirim ke pembeli.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Test
    void officerHidesAProductOfTheirAreaAndTheArtisanFixesAndResubmits() throws Exception {
        Artisan artisan = artisans.verified("51.07");
        ProductView product = artisans.published(artisan, aProduct());
        KriyaUser officer = people.officerOf("51.07");

        mvc.perform(get("/officer/products").with(user(officer))).andExpect(content().string(containsString(product.title())));
        mvc.perform(post("/officer/products/{id}/hide", product.id()).param("reason", REASON).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/officer/products"));
        assertThat(artisans.reload(artisan, product.id()).status()).isEqualTo(ProductStatus.HIDDEN);
        mvc.perform(get("/products/{slug}", product.slug())).andExpect(status().isNotFound());

        mvc.perform(get("/my/products").with(user(artisan.user())))
                .andExpect(content().string(containsString(REASON)))
                .andExpect(content().string(not(containsString("Ajukan lagi</button>"))));
        artisans.payable(artisan);
        mvc.perform(post("/my/products/{id}/publish", product.id()).with(user(artisan.user())).with(csrf()));
        assertThat(artisans.reload(artisan, product.id()).status()).isEqualTo(ProductStatus.HIDDEN);

        mvc.perform(aProduct().titled("Kain Endek Sutra, foto baru").asForm(post("/my/products/{id}/edit", product.id()))
                .with(user(artisan.user())).with(csrf())).andExpect(redirectedUrl("/my/products"));
        artisans.payable(artisan);
        mvc.perform(post("/my/products/{id}/publish", product.id()).with(user(artisan.user())).with(csrf()));
        ProductView back = artisans.reload(artisan, product.id());
        assertThat(back.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(back.hiddenReason()).isNull();
        // Renamed while hidden: the product has the new title's address, and the old one leads there.
        mvc.perform(get("/products/{slug}", back.slug())).andExpect(status().isOk());
        mvc.perform(get("/products/{slug}", product.slug())).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/products/" + back.slug()));
    }

    @Test
    void provinceOfficerActsInEveryRegency() throws Exception {
        Artisan artisan = artisans.verified("51.04");
        ProductView product = artisans.published(artisan, aProduct());
        mvc.perform(post("/officer/products/{id}/hide", product.id()).param("reason", REASON)
                .with(user(people.officerOf("51"))).with(csrf())).andExpect(redirectedUrl("/officer/products"));
        assertThat(artisans.reload(artisan, product.id()).status()).isEqualTo(ProductStatus.HIDDEN);
    }

    @Test
    void officerOfAnotherRegencyCannotSeeOrHideTheProduct() throws Exception {
        Artisan artisan = artisans.verified("51.07");
        ProductView product = artisans.published(artisan, aProduct());
        KriyaUser elsewhere = people.officerOf("51.03");

        mvc.perform(get("/officer/products").with(user(elsewhere))).andExpect(content().string(not(containsString(product.slug()))));
        mvc.perform(get("/officer/products/{id}/hide", product.id()).with(user(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(post("/officer/products/{id}/hide", product.id()).param("reason", REASON).with(user(elsewhere)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(artisans.reload(artisan, product.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void reasonMustSayEnough() throws Exception {
        Artisan artisan = artisans.verified("51.07");
        ProductView product = artisans.published(artisan, aProduct());
        mvc.perform(post("/officer/products/{id}/hide", product.id()).param("reason", "jelek").with(user(people.officerOf("51.07"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("hideForm", "reason"))
                .andExpect(content().string(containsString("Tulis alasan 10 sampai 500 karakter")));
        assertThat(artisans.reload(artisan, product.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void artisanCannotHide() throws Exception {
        Artisan artisan = artisans.verified("51.07");
        ProductView product = artisans.published(artisan, aProduct());
        mvc.perform(post("/officer/products/{id}/hide", product.id()).param("reason", REASON).with(user(artisan.user())).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
