package id.kriya.notification;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.Contact;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@KriyaWebTest
class OrderMailsTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    OrderManagement orders;

    @Autowired
    ApplicationContext context;

    @Test
    void buyerAndArtisanHearOfEachStepAndAGuestsLinkOpensTheOrder() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().titled("Kain Gringsing").oneOfAKind());
        CartOwner guest = CartOwner.guest(UUID.randomUUID().toString());
        cart.add(guest, piece.id(), 1);
        CheckoutRequest seen = checkouts.of(guest, TestCheckouts.DENPASAR);
        String email = "tamu-" + UUID.randomUUID() + "@example.com";
        CheckoutRequest request = new CheckoutRequest(seen.checkoutId(), guest,
                new Contact("Ketut Tamu", email, "+6281234567890", java.util.Locale.forLanguageTag("id")),
                seen.address(), seen.deliveries(), seen.expectedTotal());
        OrderView order = checkout.place(request).orders().get(0);
        TestOutbox outbox = new TestOutbox(context);

        OutboxMailView placed = outbox.awaitMailTo(email, "orderPlaced");
        assertThat(placed.body()).contains(order.number()).contains(order.total().formatted())
                .contains("/orders/" + order.number() + "?key=" + request.checkoutId());
        assertThat(outbox.awaitMailTo(weaver.user().email(), "orderReceived").body()).contains(order.number());

        orders.confirmPayment(weaver.user().id(), order.number(), PaymentMethod.QRIS);
        assertThat(outbox.awaitMailTo(email, "orderPaid").subject()).contains(order.number());

        orders.cancelByArtisan(weaver.user().id(), order.number(), "Benang emasnya ternyata rusak, maaf sekali.");
        assertThat(outbox.awaitMailTo(email, "orderCancelledARTISAN").body()).contains("Benang emasnya ternyata rusak");
    }
}
