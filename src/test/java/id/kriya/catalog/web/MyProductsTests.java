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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@KriyaWebTest
class MyProductsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Test
    void verifiedArtisanAddsAProductAsADraftFromTheBusinessVillage() throws Exception {
        Artisan me = artisans.verified();
        mvc.perform(aProduct().titled("Songket Sidemen Benang Emas").asForm(post("/my/products"))
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrlPattern("/my/products/*/photos"))
                .andExpect(flash().attribute("flash", "catalog.product.savedAddPhotos"));

        ProductView saved = products.list(me.user().id(), null, Pageable.ofSize(10)).getContent().get(0);
        assertThat(saved.title()).isEqualTo("Songket Sidemen Benang Emas");
        assertThat(saved.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(saved.village()).isEqualTo("Sidemen");
        assertThat(saved.regionCode()).isEqualTo("51.07");
        assertThat(saved.materials()).containsExactly("sutra", "pewarna alam");
        assertThat(saved.slug()).startsWith("songket-sidemen-benang-emas");

        mvc.perform(get("/my/products").with(user(me.user())))
                .andExpect(content().string(containsString("Songket Sidemen Benang Emas")))
                .andExpect(content().string(containsString("Rp1.250.000")))
                .andExpect(content().string(containsString("Sisa 3")));
    }

    @Test
    void pendingBusinessSeesWhyItCannotSellYet() throws Exception {
        Artisan pending = artisans.pending();
        mvc.perform(get("/my/products").with(user(pending.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("menunggu verifikasi Dekranasda")))
                .andExpect(content().string(not(containsString("Tambah produk"))));
        mvc.perform(aProduct().asForm(post("/my/products")).with(user(pending.user())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    ResultActions postWith(Artisan me, String field, String value) throws Exception {
        return mvc.perform(aProduct().typing(field, value).asForm(post("/my/products")).with(user(me.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("productForm", field));
    }

    @Test
    void everyBadValueGetsAMessageBesideItsFieldAndSavesNothing() throws Exception {
        Artisan me = artisans.verified();
        postWith(me, "price", "-5000").andExpect(content().string(containsString("Harga harus lebih dari Rp0")));
        postWith(me, "price", "0");
        postWith(me, "price", "1000000001");
        postWith(me, "price", "dua juta").andExpect(content().string(containsString("Harus berupa angka bulat")));
        postWith(me, "weightGrams", "-1");
        postWith(me, "lengthCm", "0");
        postWith(me, "stock", "10001").andExpect(content().string(containsString("antara 1 dan 10.000 buah")));
        postWith(me, "stock", "-1");
        postWith(me, "title", "x".repeat(121));
        postWith(me, "storyId", "x".repeat(5001));
        postWith(me, "storyEn", "x".repeat(5001));
        postWith(me, "category", "PLASTIK").andExpect(content().string(containsString("Pilih kategori dari daftar")));
        postWith(me, "technique", "SABLON");
        postWith(me, "stockKind", "BANYAK");
        postWith(me, "regionCode", "99.99");
        postWith(me, "materials", " , ; ");
        mvc.perform(aProduct().madeToOrder(0).asForm(post("/my/products")).with(user(me.user())).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("productForm", "leadTimeDays"));
        mvc.perform(aProduct().madeToOrder(366).asForm(post("/my/products")).with(user(me.user())).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("productForm", "leadTimeDays"));

        assertThat(products.list(me.user().id(), null, Pageable.ofSize(10))).isEmpty();
    }

    @Test
    void forgedBusinessIdInTheFormStillAddsToTheArtisansOwnBusiness() throws Exception {
        Artisan other = artisans.verified();
        Artisan me = artisans.verified();
        mvc.perform(aProduct().asForm(post("/my/products")).param("businessId", String.valueOf(other.businessId()))
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrlPattern("/my/products/*/photos"));
        assertThat(products.list(me.user().id(), null, Pageable.ofSize(10))).hasSize(1);
        assertThat(products.list(other.user().id(), null, Pageable.ofSize(10))).isEmpty();
    }

    @Test
    void anotherBusinessesProductDoesNotExistForTheArtisan() throws Exception {
        Artisan owner = artisans.verified();
        ProductView theirs = artisans.published(owner, aProduct());
        Artisan me = artisans.verified();

        mvc.perform(get("/my/products/{id}/edit", theirs.id()).with(user(me.user()))).andExpect(status().isNotFound());
        mvc.perform(aProduct().titled("Dicuri").asForm(post("/my/products/{id}/edit", theirs.id()))
                .with(user(me.user())).with(csrf())).andExpect(status().isNotFound());
        for (String action : new String[] {"publish", "unpublish", "archive", "duplicate"}) {
            mvc.perform(post("/my/products/{id}/" + action, theirs.id()).with(user(me.user())).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        ProductView after = artisans.reload(owner, theirs.id());
        assertThat(after.title()).isEqualTo(theirs.title());
        assertThat(after.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(products.list(me.user().id(), null, Pageable.ofSize(10))).isEmpty();
    }

    @Test
    void artisanPublishesUnpublishesDuplicatesAndArchives() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct().madeToOrder(14));
        artisans.withPhoto(me, draft.id());

        artisans.payable(me);
        mvc.perform(post("/my/products/{id}/publish", draft.id()).with(user(me.user())).with(csrf()))
                .andExpect(flash().attribute("flash", "catalog.product.published"));
        assertThat(artisans.reload(me, draft.id()).status()).isEqualTo(ProductStatus.PUBLISHED);

        artisans.payable(me);
        mvc.perform(post("/my/products/{id}/publish", draft.id()).with(user(me.user())).with(csrf()))
                .andExpect(flash().attribute("flashError", "catalog.rule.notDraft"));

        mvc.perform(post("/my/products/{id}/duplicate", draft.id()).with(user(me.user())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(products.list(me.user().id(), ProductStatus.DRAFT, Pageable.ofSize(10)).getContent())
                .singleElement().satisfies(copy -> {
                    assertThat(copy.title()).isEqualTo(draft.title());
                    assertThat(copy.slug()).isNotEqualTo(draft.slug());
                    assertThat(copy.stockKind()).isEqualTo(StockKind.MADE_TO_ORDER);
                    assertThat(copy.photoIds()).as("the copy keeps the photos").hasSize(1);
                });

        mvc.perform(post("/my/products/{id}/unpublish", draft.id()).with(user(me.user())).with(csrf()));
        assertThat(artisans.reload(me, draft.id()).status()).isEqualTo(ProductStatus.DRAFT);
        mvc.perform(post("/my/products/{id}/archive", draft.id()).with(user(me.user())).with(csrf()));
        assertThat(artisans.reload(me, draft.id()).status()).isEqualTo(ProductStatus.ARCHIVED);

        mvc.perform(get("/my/products").param("status", "ARCHIVED").with(user(me.user())))
                .andExpect(content().string(containsString("Diarsipkan")));
    }

    @Test
    void editFormShowsTheProductAndSavesChanges() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());
        mvc.perform(get("/my/products/{id}/edit", draft.id()).with(user(me.user())))
                .andExpect(content().string(containsString("value=\"Kain Endek Sutra Motif Cepuk\"")));
        mvc.perform(aProduct().pricedAt(2_000_000).asForm(post("/my/products/{id}/edit", draft.id()))
                .with(user(me.user())).with(csrf())).andExpect(redirectedUrl("/my/products/" + draft.id() + "/photos"));
        assertThat(artisans.reload(me, draft.id()).price().formatted()).isEqualTo("Rp2.000.000");
    }
}
