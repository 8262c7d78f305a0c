package id.kriya.ordering.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.CheckoutPreview;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KriyaWebTest
class OrderingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    OrderManagement orders;

    @Autowired
    ShoppingCart cart;

    Cookie guestAdds(ProductView product, String quantity) throws Exception {
        MvcResult added = mvc.perform(post("/cart/items").param("productId", "" + product.id())
                        .param("quantity", quantity).with(csrf()))
                .andExpect(redirectedUrl("/cart")).andReturn();
        return added.getResponse().getCookie(CartOwners.COOKIE);
    }

    MockHttpServletRequestBuilder addressed(MockHttpServletRequestBuilder request, String checkoutId) {
        return request.param("checkoutId", checkoutId).param("name", "Sarah Thompson")
                .param("email", "sarah@example.com").param("phone", "+6281234567890").param("country", "ID")
                .param("regionCode", "51.71").param("city", "Denpasar").param("district", "Denpasar Selatan")
                .param("postalCode", "80225").param("lines", "Jl. Tukad Badung 12").with(csrf());
    }

    @Test
    void aGuestBuysAPieceAndTheArtisanShipsIt() throws Exception {
        Artisan weaver = artisans.verified("51.05");
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek Cepuk Merah").oneOfAKind());
        Cookie cookie = guestAdds(cloth, "1");
        mvc.perform(get("/cart").cookie(cookie)).andExpect(content().string(containsString("Kain Endek Cepuk Merah")));
        String checkoutId = UUID.randomUUID().toString();

        MvcResult review = mvc.perform(addressed(post("/checkout"), checkoutId).cookie(cookie).param("action", "review"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"deliveries[")))
                .andReturn();
        CheckoutPreview preview = (CheckoutPreview) review.getModelAndView().getModel().get("preview");
        String total = "" + preview.total().amount();
        String choice = CheckoutPreview.Part.choiceOf(preview.parts().get(0).chosen());
        mvc.perform(addressed(post("/checkout"), checkoutId).cookie(cookie).param("action", "place")
                        .param("expectedTotal", total).param("deliveries[" + weaver.businessId() + "]", choice))
                .andExpect(redirectedUrl("/checkout/" + checkoutId));
        OrderView order = orders.ofCheckout(UUID.fromString(checkoutId)).get(0);
        assertThat(order.total().amount()).isEqualTo(Long.parseLong(total));
        assertThat(artisans.reload(weaver, cloth.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);

        mvc.perform(get("/orders/" + order.number()).param("key", checkoutId))
                .andExpect(content().string(containsString(order.number())))
                .andExpect(content().string(containsString("Menunggu Pembayaran")));
        mvc.perform(get("/orders/" + order.number()).param("key", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());

        KriyaUser artisan = weaver.user();
        mvc.perform(get("/my/orders").with(user(artisan))).andExpect(content().string(containsString(order.number())));
        mvc.perform(post("/my/orders/" + order.number() + "/process").with(user(artisan)).with(csrf()))
                .andExpect(flash().attribute("flashError", "ordering.rule.notPaid"));
        mvc.perform(post("/my/orders/" + order.number() + "/paid").param("method", "QRIS").with(user(artisan)).with(csrf()))
                .andExpect(flash().attribute("flash", "ordering.inbox.paid"));
        mvc.perform(post("/my/orders/" + order.number() + "/paid").param("method", "QRIS").with(user(artisan)).with(csrf()))
                .andExpect(flash().attribute("flashError", "ordering.rule.notAwaitingPayment"));
        mvc.perform(post("/my/orders/" + order.number() + "/process").with(user(artisan)).with(csrf()));
        mvc.perform(post("/my/orders/" + order.number() + "/ship").param("tracking", " ").with(user(artisan)).with(csrf()))
                .andExpect(flash().attribute("flashError", "shipping.tracking.blank"));
        mvc.perform(post("/my/orders/" + order.number() + "/ship").param("tracking", "12")
                .with(user(artisan)).with(csrf())).andExpect(flash().attribute("flashError", "shipping.tracking.invalid"));
        mvc.perform(post("/my/orders/" + order.number() + "/ship").param("tracking", TestCheckouts.trackingFor(order))
                .with(user(artisan)).with(csrf())).andExpect(flash().attribute("flash", "ordering.inbox.shipped"));
        mvc.perform(post("/orders/" + order.number() + "/received").param("key", checkoutId).with(csrf()))
                .andExpect(flash().attribute("flash", "ordering.order.completed"));

        assertThat(orders.forArtisan(artisan.id(), order.number()).status()).isEqualTo(OrderStatus.COMPLETED);
        byte[] receipt = mvc.perform(get("/orders/" + order.number() + "/receipt.pdf").param("key", checkoutId))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(receipt))
                .getTextFromPage(1);
        assertThat(text).contains(order.number()).contains("Kain Endek Cepuk Merah").contains(order.total().formatted())
                .contains("Selesai");
        mvc.perform(get("/my/orders/" + order.number() + "/receipt.pdf").with(user(artisans.verified().user())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSecondSubmissionOfTheSameFormFindsTheFirstOrder() throws Exception {
        Artisan weaver = artisans.verified();
        ProductView bowls = artisans.published(weaver, aProduct().limited(5));
        Cookie cookie = guestAdds(bowls, "2");
        String checkoutId = UUID.randomUUID().toString();
        MvcResult review = mvc.perform(addressed(post("/checkout"), checkoutId).cookie(cookie)).andReturn();
        CheckoutPreview preview = (CheckoutPreview) review.getModelAndView().getModel().get("preview");
        String total = "" + preview.total().amount();
        String choice = CheckoutPreview.Part.choiceOf(preview.parts().get(0).chosen());
        Cookie sameCart = cookie;

        for (int tap = 0; tap < 2; tap++) {
            mvc.perform(addressed(post("/checkout"), checkoutId).cookie(sameCart).param("action", "place")
                            .param("expectedTotal", total).param("deliveries[" + weaver.businessId() + "]", choice))
                    .andExpect(redirectedUrl("/checkout/" + checkoutId));
        }

        assertThat(orders.ofCheckout(UUID.fromString(checkoutId))).hasSize(1);
        assertThat(artisans.reload(weaver, bowls.id()).stock()).isEqualTo(3);
    }

    @Test
    void aTamperedTotalPlacesNothingAndSaysTheTotalChanged() throws Exception {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        Cookie cookie = guestAdds(piece, "1");
        String checkoutId = UUID.randomUUID().toString();

        mvc.perform(addressed(post("/checkout"), checkoutId).cookie(cookie).param("action", "place")
                        .param("expectedTotal", "1000").param("deliveries[" + weaver.businessId() + "]", "JNE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Total belanja berubah")));

        assertThat(orders.ofCheckout(UUID.fromString(checkoutId))).isEmpty();
        assertThat(artisans.reload(weaver, piece.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void beliPutsThePieceInTheCartAndGoesStraightToCheckout() throws Exception {
        Artisan weaver = artisans.verified();
        ProductView scarf = artisans.published(weaver, aProduct().limited(3));

        MvcResult bought = mvc.perform(post("/cart/items").param("productId", "" + scarf.id()).param("quantity", "2")
                        .param("buyNow", "true").with(csrf()))
                .andExpect(redirectedUrl("/checkout")).andReturn();

        Cookie cart = bought.getResponse().getCookie(CartOwners.COOKIE);
        mvc.perform(get("/checkout").cookie(cart)).andExpect(status().isOk());
        mvc.perform(get("/cart").cookie(cart)).andExpect(content().string(containsString(scarf.title())));
        String page = mvc.perform(get("/products/{slug}", scarf.slug())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Beli</button>").contains(">Masukkan keranjang</button>");
    }

    @Test
    void badQuantitiesAndAddressesGetAMessageAndChangeNothing() throws Exception {
        Artisan weaver = artisans.verified();
        ProductView bowls = artisans.published(weaver, aProduct().limited(3));

        for (String bad : new String[] {"0", "-1", "abc", "100"}) {
            mvc.perform(post("/cart/items").param("productId", "" + bowls.id()).param("quantity", bad).with(csrf()))
                    .andExpect(flash().attribute("flashError", "ordering.cart.quantity"));
        }
        mvc.perform(post("/cart/items").param("productId", "" + bowls.id()).param("quantity", "4").with(csrf()))
                .andExpect(flash().attribute("flashError", "ordering.cart.moreThanStock"));
        Cookie cookie = guestAdds(bowls, "1");
        mvc.perform(post("/checkout").cookie(cookie).param("checkoutId", UUID.randomUUID().toString())
                        .param("name", "Sarah").param("email", "bukan-email").param("phone", "12")
                        .param("country", "ID").param("city", "Denpasar").param("postalCode", "8022")
                        .param("lines", "Jl. Tukad").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode pos di Indonesia terdiri dari 5 angka")))
                .andExpect(content().string(not(containsString("name=\"deliveries["))));
        assertThat(artisans.reload(weaver, bowls.id()).stock()).isEqualTo(3);
    }

    @Test
    void anotherArtisanOrBuyerCannotReachTheOrder() throws Exception {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        KriyaUser buyer = people.buyer();
        cart.add(CartOwner.user(buyer.id()), piece.id(), 1);
        String checkoutId = UUID.randomUUID().toString();
        MvcResult review = mvc.perform(addressed(post("/checkout"), checkoutId).with(user(buyer))).andReturn();
        CheckoutPreview preview = (CheckoutPreview) review.getModelAndView().getModel().get("preview");
        mvc.perform(addressed(post("/checkout"), checkoutId).with(user(buyer)).param("action", "place")
                .param("expectedTotal", "" + preview.total().amount())
                .param("deliveries[" + weaver.businessId() + "]", CheckoutPreview.Part.choiceOf(preview.parts().get(0).chosen())));
        String number = orders.ofCheckout(UUID.fromString(checkoutId)).get(0).number();

        mvc.perform(get("/orders/" + number).with(user(buyer))).andExpect(status().isOk());
        mvc.perform(get("/orders").with(user(buyer))).andExpect(content().string(containsString(number)));
        mvc.perform(get("/orders/" + number).with(user(people.buyer()))).andExpect(status().isNotFound());
        mvc.perform(get("/my/orders/" + number).with(user(artisans.verified().user()))).andExpect(status().isNotFound());
        mvc.perform(post("/my/orders/" + number + "/paid").param("method", "QRIS")
                .with(user(artisans.verified().user())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/orders/" + number + "/cancel").with(user(people.buyer())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(orders.forArtisan(weaver.user().id(), number).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void aGuestsCartJoinsTheirAccountWhenTheySignIn() throws Exception {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().titled("Tas Anyaman Ate").oneOfAKind());
        Cookie cookie = guestAdds(piece, "1");
        KriyaUser buyer = people.buyer();

        mvc.perform(get("/cart").cookie(cookie).with(user(buyer)))
                .andExpect(content().string(containsString("Tas Anyaman Ate")));

        assertThat(cart.view(CartOwner.user(buyer.id())).pieces()).isEqualTo(1);
        assertThat(cart.view(CartOwner.guest(cookie.getValue())).isEmpty()).isTrue();
    }
}
