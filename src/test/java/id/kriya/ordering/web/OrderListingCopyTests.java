package id.kriya.ordering.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An order keeps the listing as the buyer saw it: a product edited later, or stripped of a photo, changes nothing of
 * what the order shows, and the photo's files stay served.
 */
@KriyaWebTest
class OrderListingCopyTests {

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

    @Autowired
    ProductManagement products;

    @Autowired
    ProductPhotos productPhotos;

    @Autowired
    MediaLibrary media;

    @Test
    void anEditedListingAndARemovedPhotoLeaveTheOrdersCopyAsItWas() throws Exception {
        Artisan weaver = artisans.verified();
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek Merah Marun").limited(5));
        Photo second = artisans.withPhoto(weaver, cloth.id());
        KriyaUser buyer = people.buyer();
        cart.add(CartOwner.user(buyer.id()), cloth.id(), 1);
        OrderView order = checkout.place(checkouts.of(CartOwner.user(buyer.id()), TestCheckouts.DENPASAR)).orders()
                .get(0);

        products.update(weaver.user().id(), cloth.id(), aProduct().titled("Kain Endek Biru Laut").limited(4)
                .withEnglishStory("A different story now.").details());
        productPhotos.remove(weaver.user().id(), cloth.id(), cloth.coverId());

        OrderView.Listing listing = orders.forBuyer(BuyerAccess.user(buyer.id()), order.number()).lines().get(0)
                .listing();
        assertThat(listing.photoIds()).containsExactly(cloth.coverId(), second.id());
        assertThat(listing.storyId()).isEqualTo(cloth.storyId());
        assertThat(listing.storyEn()).isEqualTo(cloth.storyEn());
        assertThat(listing.materials()).isEqualTo(cloth.materialsText());
        assertThat(listing.stockKind()).isEqualTo(StockKind.LIMITED);
        assertThat(listing.lengthCm()).isEqualTo(cloth.lengthCm());
        assertThat(media.find(cloth.coverId())).isPresent();
        mvc.perform(get("/media/" + cloth.coverId() + "/small.jpg")).andExpect(status().isOk());
        mvc.perform(get("/orders/" + order.number()).with(user(buyer)))
                .andExpect(content().string(containsString("Iklan produk saat dipesan")))
                .andExpect(content().string(containsString("/media/" + cloth.coverId() + "/small.jpg")))
                .andExpect(content().string(containsString("Kain Endek Merah Marun")));
    }
}
