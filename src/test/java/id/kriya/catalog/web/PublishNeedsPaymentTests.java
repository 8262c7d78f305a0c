package id.kriya.catalog.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductPublished;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.payment.PaymentSettings;
import id.kriya.payment.qris.TestQris;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A listing nobody can pay for helps no one: publishing waits until buyers have a way to pay. */
@KriyaWebTest
@RecordApplicationEvents
class PublishNeedsPaymentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    PaymentSettings payments;

    @Autowired
    ApplicationEvents events;

    @Test
    void publishingWithoutAWayToPayChangesNothingAndSaysWhereToSetItUp() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());
        artisans.withPhoto(me, draft.id());
        ProductView before = artisans.reload(me, draft.id());

        var refused = mvc.perform(post("/my/products/{id}/publish", draft.id()).with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/products"))
                .andExpect(flash().attribute("flashError", ProductManagement.NO_PAYMENT))
                .andReturn();

        ProductView after = artisans.reload(me, draft.id());
        assertThat(after.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(after).isEqualTo(before);
        assertThat(catalog.published(draft.slug())).isEmpty();
        assertThat(events.stream(ProductPublished.class).filter(event -> event.productId() == draft.id())).isEmpty();
        mvc.perform(get("/products/{slug}", draft.slug())).andExpect(status().isNotFound());

        mvc.perform(get("/my/products").with(user(me.user())).cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("atur dulu cara pembeli membayar Anda")))
                .andExpect(content().string(containsString("href=\"/my/payments\"")));
    }

    @Test
    void aQrisIsEnoughToPublish() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());
        artisans.withPhoto(me, draft.id());
        payments.useQris(me.user().id(), TestQris.staticFor("TENUN IKAT SIDEMEN", "KARANGASEM"));

        mvc.perform(post("/my/products/{id}/publish", draft.id()).with(user(me.user())).with(csrf()))
                .andExpect(flash().attribute("flash", "catalog.product.published"));
        assertThat(artisans.reload(me, draft.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
    }
}
