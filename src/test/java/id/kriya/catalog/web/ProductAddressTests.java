package id.kriya.catalog.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static id.kriya.catalog.search.SearchProductMother.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductDetails;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A renamed product moves to its new title's address; the old one, already shared, redirects there for good. */
@KriyaWebTest
class ProductAddressTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    ProductView rename(Artisan artisan, ProductView product, String title) {
        ProductDetails now = aProduct().titled(title).details();
        products.update(artisan.user().id(), product.id(), now);
        return products.find(artisan.user().id(), product.id());
    }

    @Test
    void aRenamedProductsOldAddressRedirectsPermanentlyToItsNewOne() throws Exception {
        String word = marker();
        Artisan me = artisans.verified();
        ProductView product = artisans.published(me, aProduct().titled("Kain Merah " + word));
        assertThat(product.slug()).isEqualTo("kain-merah-" + word);

        ProductView renamed = rename(me, product, "Kain Endek Merah Marun " + word);

        assertThat(renamed.slug()).isEqualTo("kain-endek-merah-marun-" + word);
        mvc.perform(get("/products/{slug}", "kain-merah-" + word))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/products/kain-endek-merah-marun-" + word));
        mvc.perform(get("/products/{slug}?lang=en", "kain-merah-" + word))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/products/kain-endek-merah-marun-" + word + "?lang=en"));
        mvc.perform(get("/products/{slug}", renamed.slug())).andExpect(status().isOk());
    }

    @Test
    void anOldAddressIsNeverGivenToAnotherProductButItsOwnProductMayTakeItBack() throws Exception {
        String word = marker();
        Artisan me = artisans.verified();
        ProductView first = artisans.published(me, aProduct().titled("Selendang " + word));
        rename(me, first, "Selendang Songket " + word);

        ProductView second = artisans.published(artisans.verified(), aProduct().titled("Selendang " + word));
        assertThat(second.slug()).isEqualTo("selendang-" + word + "-2");
        mvc.perform(get("/products/{slug}", "selendang-" + word))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/products/selendang-songket-" + word));

        ProductView back = rename(me, first, "Selendang " + word);
        assertThat(back.slug()).isEqualTo("selendang-" + word);
        mvc.perform(get("/products/{slug}", "selendang-" + word)).andExpect(status().isOk());
        mvc.perform(get("/products/{slug}", "selendang-songket-" + word))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/products/selendang-" + word));
    }

    @Test
    void aDraftNeverShownLeavesNoOldAddressAndAWithdrawnProductsOldAddressIsGone() throws Exception {
        String word = marker();
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct().titled("Gelang " + word));
        assertThat(rename(me, draft, "Gelang Perak " + word).slug()).isEqualTo("gelang-perak-" + word);
        mvc.perform(get("/products/{slug}", "gelang-" + word)).andExpect(status().isNotFound());

        ProductView shown = artisans.published(me, aProduct().titled("Cincin " + word));
        rename(me, shown, "Cincin Perak " + word);
        products.unpublish(me.user().id(), shown.id());
        mvc.perform(get("/products/{slug}", "cincin-" + word)).andExpect(status().isNotFound());
        mvc.perform(get("/products/{slug}", "cincin-perak-" + word)).andExpect(status().isNotFound());
    }

    @Test
    void changingOnlyTheCaseOrTheStoryKeepsTheAddress() {
        String word = marker();
        Artisan me = artisans.verified();
        ProductView product = artisans.published(me, aProduct().titled("Tas Rotan " + word));
        assertThat(rename(me, product, "TAS ROTAN " + word).slug()).isEqualTo(product.slug());
    }
}
