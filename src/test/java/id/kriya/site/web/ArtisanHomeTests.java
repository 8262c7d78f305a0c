package id.kriya.site.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.shipping.BusinessShipping;
import id.kriya.shipping.ShippingSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The artisan's home: the setup list with the next step first, each step ticked when done, and the orders waiting. */
@KriyaWebTest
class ArtisanHomeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ShippingSettings shipping;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    Document home(KriyaUser user, String... lang) throws Exception {
        var request = get("/my").with(user(user));
        if (lang.length > 0) {
            request.param("lang", lang[0]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static List<String> classes(Document page) {
        return page.select("ol.setup-steps > li").stream().map(li -> li.className()).toList();
    }

    @Test
    void aPersonWithoutABusinessIsToldToRegisterItFirst() throws Exception {
        Document page = home(people.buyer());

        assertThat(page.select(".next-step a.button").attr("href")).isEqualTo("/my/business/new");
        assertThat(page.select(".next-step").text()).contains("Daftarkan usaha");
        assertThat(classes(page)).containsExactly("next", "todo", "todo", "todo", "todo");
    }

    @Test
    void aPendingBusinessWaitsForTheCouncil() throws Exception {
        Document page = home(artisans.pending().user());

        assertThat(page.select("ol.setup-steps > li").first().text()).contains("Usaha menunggu verifikasi");
        assertThat(page.select(".next-step a.button").attr("href")).isEqualTo("/my/business");
    }

    @Test
    void aVerifiedBusinessIsNextToldHowBuyersPayAndEachStepLinksWhereItIsDone() throws Exception {
        Artisan me = artisans.verified();
        Document page = home(me.user());

        assertThat(classes(page)).containsExactly("done", "next", "todo", "todo", "todo");
        assertThat(page.select(".next-step a.button").attr("href")).isEqualTo("/my/payments");
        assertThat(page.select(".next-step").text()).contains("QRIS");
        assertThat(page.select("ol.setup-steps > li a").eachAttr("href"))
                .containsExactly("/my/business", "/my/payments", "/my/shipping", "/my/products/new", "/my/products");
        assertThat(page.select("ol.setup-steps > li").first().text()).contains("✓").contains("Usaha terverifikasi");
    }

    @Test
    void stepsAreTickedAsTheyAreDoneUntilTheFirstProductIsOnSale() throws Exception {
        Artisan me = artisans.verified();
        artisans.payable(me);
        assertThat(classes(home(me.user()))).containsExactly("done", "done", "next", "todo", "todo");

        shipping.save(me.businessId(), new BusinessShipping.Change(List.of(), Set.of(), false, null, null));
        ProductView draft = artisans.draft(me, aProduct());
        assertThat(classes(home(me.user()))).as("a product without photos is not the step done")
                .containsExactly("done", "done", "done", "next", "todo");

        artisans.withPhoto(me, draft.id());
        assertThat(classes(home(me.user()))).containsExactly("done", "done", "done", "done", "next");

        artisans.published(me, aProduct());
        Document page = home(me.user());
        assertThat(classes(page)).containsExactly("done", "done", "done", "done", "done");
        assertThat(page.select(".next-step")).isEmpty();
        assertThat(page.text()).contains("Semua langkah selesai");
        assertThat(home(me.user(), "en").text()).contains("All steps done").contains("Steps to your first sale");
    }

    @Test
    void ordersWaitingForTheArtisanAreCountedWithALinkToThem() throws Exception {
        Artisan me = artisans.verified("51.05");
        ProductView cloth = artisans.published(me, aProduct().titled("Kain untuk dipesan").limited(5));
        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, cloth.id(), 1);
        checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR));

        Document page = home(me.user());
        assertThat(page.select(".waiting-work").text()).contains("1 pesanan menunggu konfirmasi pembayaran");
        assertThat(page.select(".waiting-work a").attr("href")).isEqualTo("/my/orders?status=AWAITING_PAYMENT");
        assertThat(page.select(".waiting-work").text()).doesNotContain("dikirim");
    }
}
