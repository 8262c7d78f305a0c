package id.kriya.ordering;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@KriyaWebTest
@Import(MutableClock.Configuration.class)
class ServiceRecordsTests {

    static final Duration DAY = Duration.ofDays(1);

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
    ServiceRecords records;

    long buyerId;

    OrderView buy(ProductView product) {
        CartOwner buyer = CartOwner.user(buyerId);
        cart.add(buyer, product.id(), 1);
        return checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR)).orders().get(0);
    }

    @Test
    void countsAnswersAndShipmentsAgainstWhatEachOrderPromised() {
        // Runs four days in the past, so nothing it makes is dated after the other tests' "now".
        Instant realTime = clock.notAheadOfRealTime();
        clock.setTo(realTime.minus(Duration.ofDays(4)));
        Instant start = clock.instant();
        buyerId = people.buyer().id();
        Artisan silversmith = artisans.verified();
        long me = silversmith.user().id();
        OrderView quick = buy(artisans.published(silversmith, aProduct().limited(5)));
        OrderView slow = buy(artisans.published(silversmith, aProduct().limited(5)));
        OrderView cancelled = buy(artisans.published(silversmith, aProduct().limited(5)));
        OrderView commissioned = buy(artisans.published(silversmith, aProduct().madeToOrder(7)));
        orders.confirmPayment(me, quick.number(), PaymentMethod.QRIS);
        orders.markPaidByGateway(slow.number(), slow.total());
        orders.confirmPayment(me, cancelled.number(), PaymentMethod.QRIS);
        orders.cancelByArtisan(me, cancelled.number(), "Perak untuk cincin ini habis, maaf.");
        orders.confirmPayment(me, commissioned.number(), PaymentMethod.BANK_TRANSFER);

        clock.advance(DAY);
        orders.ship(me, quick.number(), TestCheckouts.trackingFor(quick));
        clock.advance(Duration.ofHours(6));
        orders.startProcessing(me, slow.number());
        clock.advance(Duration.ofHours(42));
        orders.ship(me, slow.number(), TestCheckouts.trackingFor(slow));
        orders.ship(me, commissioned.number(), TestCheckouts.trackingFor(commissioned));
        OrderView justPaid = buy(artisans.published(silversmith, aProduct().limited(5)));
        orders.markPaidByGateway(justPaid.number(), justPaid.total());
        clock.advance(Duration.ofHours(1));

        ServiceRecord record = records.of(silversmith.businessId(), start.minus(DAY), clock.instant(),
                Duration.ofHours(24));

        // The order paid an hour ago is still within both its times, so it neither helps nor hurts.
        assertThat(record.ordersToAnswer()).isEqualTo(4);
        assertThat(record.answeredInTime()).as("all but the gateway-paid order left 30 hours").isEqualTo(3);
        assertThat(record.ordersToShip()).isEqualTo(4);
        assertThat(record.shippedOnTime()).as("the quick one, and the commission within its 7 days").isEqualTo(2);
        assertThat(record.completed()).isZero();

        orders.markArrived(me, quick.number());
        orders.confirmReceived(BuyerAccess.user(buyerId), quick.number());
        ServiceRecord later = records.of(silversmith.businessId(), start.minus(DAY), clock.instant(),
                Duration.ofHours(24));
        assertThat(later.delivered()).isEqualTo(1);
        assertThat(later.completed()).isEqualTo(1);
        assertThat(records.of(silversmith.businessId(), clock.instant(), clock.instant().plus(DAY),
                Duration.ofHours(24))).isEqualTo(ServiceRecord.NONE);
        clock.setTo(realTime);
    }
}
