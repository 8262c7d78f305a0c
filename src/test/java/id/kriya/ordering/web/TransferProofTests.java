package id.kriya.ordering.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.account.TestAccounts;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.media.Photo;
import id.kriya.media.PhotoSize;
import id.kriya.media.TestImages;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A buyer's transfer receipt is a private photo: it has no public address, and its own address shows it only to
 * the buyer, the people of the business that sold, the officers over that business's regency, and admins.
 */
@KriyaWebTest
class TransferProofTests {

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
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    Artisan weaver;
    KriyaUser buyer;
    CheckoutRequest request;
    OrderView order;

    @BeforeEach
    void placeAnOrder() {
        weaver = artisans.verified("51.07");
        buyer = people.buyer();
        ProductView piece = artisans.published(weaver, aProduct().pricedAt(850_000).oneOfAKind());
        cart.add(CartOwner.user(buyer.id()), piece.id(), 1);
        request = checkouts.of(CartOwner.user(buyer.id()), TestCheckouts.DENPASAR);
        order = checkout.place(request).orders().get(0);
    }

    @Test
    void aReceiptIsShownToThoseConcernedAndToNobodyElse() throws Exception {
        byte[] sent = sendReceipt();
        UUID receipt = orders.find(order.number()).orElseThrow().transferProof().value();

        // Never under the public media address, in any size.
        for (PhotoSize size : PhotoSize.values()) {
            mvc.perform(get(new id.kriya.media.PhotoId(receipt).url(size))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from media_photo where id = ?", Integer.class, receipt)).isZero();

        KriyaUser admin = new TestAccounts(context).principal(new TestAccounts(context).admin(TestAccounts.uniqueEmail()));
        for (RequestPostProcessor allowed : new RequestPostProcessor[] {user(buyer), user(weaver.user()),
                user(artisans.staffOf(weaver)), user(people.officerOf("51.07")), user(people.officerOf("51")),
                user(admin)}) {
            MockHttpServletResponse shown = receiptAs(allowed);
            assertThat(shown.getStatus()).isEqualTo(200);
            assertThat(shown.getContentType()).isEqualTo("image/jpeg");
            assertThat(TestImages.read(shown.getContentAsByteArray()).getWidth()).isEqualTo(1200);
            assertThat(shown.getHeader("Cache-Control")).contains("no-store").doesNotContain("public")
                    .doesNotContain("immutable");
        }
        assertThat(sent).isNotEmpty();

        // The buyer's checkout key opens it too, as it opens the order.
        assertThat(mvc.perform(get(proofUrl()).param("key", request.checkoutId().toString()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        for (RequestPostProcessor refused : new RequestPostProcessor[] {user(people.buyer()),
                user(people.officerOf("51.04")), user(artisans.verified("51.07").user()), anonymous()}) {
            assertThat(receiptAs(refused).getStatus()).isEqualTo(404);
        }
        mvc.perform(get(proofUrl()).param("key", UUID.randomUUID().toString())).andExpect(status().isNotFound());
    }

    @Test
    void theArtisansOrderPageLinksToTheReceiptThroughItsGuardedAddress() throws Exception {
        sendReceipt();
        String page = mvc.perform(get("/my/orders/" + order.number()).with(user(weaver.user())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        UUID receipt = orders.find(order.number()).orElseThrow().transferProof().value();
        // The listing's own photos are public (/media/…); the receipt never is.
        assertThat(page).contains("href=\"" + proofUrl() + "\"").doesNotContain("/media/" + receipt);
    }

    @Test
    void aReceiptSentBeforeReceiptsWerePrivateLeavesItsPublicAddressOnMigration() throws Exception {
        // As receipts were kept until now: an ordinary public photo, its id on the order.
        Photo old = artisans.uploadedBy(buyer);
        jdbc.update("update ordering_order set transfer_proof = ? where number = ?", old.id().value(), order.number());
        byte[] full = mvc.perform(get(old.id().url(PhotoSize.FULL))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        // The migration as Flyway ran it, then the start-up move of the files.
        jdbc.execute(new String(new ClassPathResource("db/migration/V137__ordering_private_transfer_proofs.sql")
                .getContentAsByteArray(), StandardCharsets.UTF_8));
        context.getBeansOfType(SmartInitializingSingleton.class).values().stream()
                .filter(bean -> bean.getClass().getSimpleName().startsWith("PrivatePhotoMigration"))
                .forEach(SmartInitializingSingleton::afterSingletonsInstantiated);

        for (PhotoSize size : PhotoSize.values()) {
            mvc.perform(get(old.id().url(size))).andExpect(status().isNotFound());
        }
        MockHttpServletResponse shown = receiptAs(user(weaver.user()));
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsByteArray()).isEqualTo(full);
        assertThat(receiptAs(user(people.buyer())).getStatus()).isEqualTo(404);
    }

    private byte[] sendReceipt() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.sharp(1200, 900));
        mvc.perform(multipart("/orders/" + order.number() + "/proof")
                        .file(new MockMultipartFile("receipt", "struk-bpd.jpg", "image/jpeg", jpeg))
                        .with(user(buyer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return jpeg;
    }

    private MockHttpServletResponse receiptAs(RequestPostProcessor who) throws Exception {
        return mvc.perform(get(proofUrl()).with(who)).andReturn().getResponse();
    }

    private String proofUrl() {
        return "/orders/" + order.number() + "/transfer-proof.jpg";
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }
}
