package id.kriya.ordering.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductMother;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.media.PrivatePhotoId;
import id.kriya.media.TestImages;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The piece as shipped: the artisan photographs it as packed (1–3 photos, before shipping; asked to for a
 * one-of-a-kind piece), the buyer sees the photos on the order, and nobody outside the sale does.
 */
@KriyaWebTest
class PackedPhotosTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    OrderManagement orders;

    static MockMultipartFile photo() {
        return new MockMultipartFile("photos", "dikemas.jpg", "image/jpeg",
                TestImages.jpeg(TestImages.sharp(320, 240)));
    }

    OrderView paidOrder(Artisan artisan, ProductMother product, KriyaUser buyer) {
        ProductView piece = artisans.published(artisan, product);
        cart.add(CartOwner.user(buyer.id()), piece.id(), 1);
        OrderView order = checkout.place(checkouts.of(CartOwner.user(buyer.id()), TestCheckouts.DENPASAR)).orders()
                .get(0);
        orders.confirmPayment(artisan.user().id(), order.number(), PaymentMethod.QRIS);
        return order;
    }

    @Test
    void theArtisanPhotographsAOneOfAKindPieceAsPackedAndTheBuyerSeesIt() throws Exception {
        Artisan weaver = artisans.verified();
        KriyaUser buyer = people.buyer();
        OrderView order = paidOrder(weaver, aProduct().oneOfAKind(), buyer);
        String page = "/my/orders/" + order.number();

        mvc.perform(get(page).with(user(weaver.user())))
                .andExpect(content().string(containsString("Ini barang satu-satunya")));
        mvc.perform(multipart(page + "/packed").file(photo()).file(photo()).with(user(weaver.user())).with(csrf()))
                .andExpect(flash().attribute("flash", "ordering.packed.added"));
        mvc.perform(multipart(page + "/packed").file(photo()).file(photo()).with(user(weaver.user())).with(csrf()))
                .andExpect(flash().attribute("flashError", "ordering.packed.tooMany"));
        mvc.perform(multipart(page + "/packed").with(user(weaver.user())).with(csrf()))
                .andExpect(flash().attribute("flashError", "ordering.packed.missing"));
        mvc.perform(get(page).with(user(weaver.user())))
                .andExpect(content().string(not(containsString("Ini barang satu-satunya"))));

        List<PrivatePhotoId> packed = orders.forBuyer(id.kriya.ordering.BuyerAccess.user(buyer.id()), order.number())
                .packedPhotos();
        assertThat(packed).hasSize(2);
        String photoUrl = "/orders/" + order.number() + "/packed/" + packed.get(0) + ".jpg";
        mvc.perform(get("/orders/" + order.number()).with(user(buyer)))
                .andExpect(content().string(containsString(photoUrl)));
        mvc.perform(get(photoUrl).with(user(buyer))).andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
        mvc.perform(get(photoUrl).with(user(people.officerOf("51.07")))).andExpect(status().isOk());
        mvc.perform(get(photoUrl).with(user(people.buyer()))).andExpect(status().isNotFound());
        mvc.perform(get(photoUrl).with(user(people.officerOf("51.71")))).andExpect(status().isNotFound());
        mvc.perform(get(photoUrl)).andExpect(status().isNotFound());

        mvc.perform(post(page + "/packed/" + packed.get(0) + "/remove").with(user(weaver.user())).with(csrf()))
                .andExpect(flash().attribute("flash", "ordering.packed.removed"));
        orders.startProcessing(weaver.user().id(), order.number());
        orders.ship(weaver.user().id(), order.number(), TestCheckouts.trackingFor(order));
        mvc.perform(multipart(page + "/packed").file(photo()).with(user(weaver.user())).with(csrf()))
                .andExpect(flash().attribute("flashError", "ordering.packed.notBeforeShipping"));
        mvc.perform(post(page + "/packed/" + packed.get(1) + "/remove").with(user(weaver.user())).with(csrf()))
                .andExpect(flash().attribute("flashError", "ordering.packed.notBeforeShipping"));
        assertThat(orders.forArtisan(weaver.user().id(), order.number()).packedPhotos()).containsExactly(packed.get(1));
    }

    @Test
    void anotherBusinessCannotAddOrRemoveAnOrdersPhotos() throws Exception {
        Artisan weaver = artisans.verified();
        OrderView order = paidOrder(weaver, aProduct().limited(3), people.buyer());
        Artisan other = artisans.verified();

        mvc.perform(multipart("/my/orders/" + order.number() + "/packed").file(photo())
                .with(user(other.user())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/my/orders/" + order.number()).with(user(weaver.user())))
                .andExpect(content().string(not(containsString("Ini barang satu-satunya"))));

        assertThat(orders.forArtisan(weaver.user().id(), order.number()).packedPhotos()).isEmpty();
    }
}
