package id.kriya.ordering;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@KriyaWebTest
@Import(MutableClock.Configuration.class)
class DueOrdersTests {

    @Autowired
    MutableClock clock;

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
    DueOrders due;

    OrderView placed(Artisan artisan, ProductView product, CartOwner buyer) {
        cart.add(buyer, product.id(), 1);
        return checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR)).orders().get(0);
    }

    @Test
    void anUnpaidOrderExpiresAfterADayAndItsPieceIsForSaleAgain() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        OrderView order = placed(weaver, piece, CartOwner.user(people.buyer().id()));

        clock.advance(Duration.ofHours(23));
        due.runDue(true);
        assertThat(orders.forArtisan(weaver.user().id(), order.number()).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

        clock.advance(Duration.ofHours(2));
        due.runDue(true);
        due.runDue(true);

        OrderView expired = orders.forArtisan(weaver.user().id(), order.number());
        assertThat(expired.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(expired.cancelledBy()).isEqualTo(CancelledBy.EXPIRY);
        assertThat(expired.steps()).filteredOn(step -> step.status() == OrderStatus.CANCELLED).hasSize(1);
        assertThat(artisans.reload(weaver, piece.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThatThrownBy(() -> orders.confirmPayment(weaver.user().id(), order.number(), PaymentMethod.QRIS))
                .isInstanceOfSatisfying(OrderRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ordering.rule.notAwaitingPayment"));
    }

    @Test
    void paymentAfterTheDeadlineIsRefusedEvenBeforeTheExpiryRuns() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        OrderView order = placed(weaver, piece, CartOwner.user(people.buyer().id()));

        clock.advance(Duration.ofHours(25));

        assertThatThrownBy(() -> orders.confirmPayment(weaver.user().id(), order.number(), PaymentMethod.QRIS))
                .isInstanceOfSatisfying(OrderRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ordering.rule.expired"));
    }

    @Test
    void anArrivedOrderCompletesByItselfTwoDaysLater() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        OrderView order = placed(weaver, piece, CartOwner.user(people.buyer().id()));
        long me = weaver.user().id();
        orders.confirmPayment(me, order.number(), PaymentMethod.BANK_TRANSFER);
        orders.startProcessing(me, order.number());
        orders.ship(me, order.number(), TestCheckouts.trackingFor(order));
        orders.markArrived(me, order.number());

        clock.advance(Duration.ofDays(1));
        due.runDue(false);
        assertThat(orders.forArtisan(me, order.number()).status()).isEqualTo(OrderStatus.ARRIVED);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        due.runDue(false);
        OrderView done = orders.forArtisan(me, order.number());
        assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(done.steps()).extracting(OrderView.Step::actor).last().isEqualTo(Actor.SYSTEM);
    }
}
