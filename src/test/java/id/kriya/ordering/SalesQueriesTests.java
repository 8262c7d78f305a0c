package id.kriya.ordering;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.ordering.sales.PaidLine;
import id.kriya.ordering.sales.SalesQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class SalesQueriesTests {

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
    SalesQueries sales;

    @Autowired
    Clock clock;

    OrderView buy(long productId, int pieces) {
        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, productId, pieces);
        return checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR)).orders().get(0);
    }

    @Test
    void countsOnlyPaidOrdersNotCancelledWithinTheirPeriodByProduct() {
        Artisan weaver = artisans.verified("51.07");
        ProductView scarf = artisans.published(weaver, aProduct().titled("Selendang").pricedAt(200_000).limited(20));
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain").pricedAt(900_000).limited(20));
        ProductView unsold = artisans.published(weaver, aProduct().limited(5));
        long me = weaver.user().id();

        OrderView paid = buy(scarf.id(), 2);
        orders.confirmPayment(me, paid.number(), PaymentMethod.QRIS);
        OrderView shipped = buy(scarf.id(), 1);
        orders.confirmPayment(me, shipped.number(), PaymentMethod.BANK_TRANSFER);
        orders.startProcessing(me, shipped.number());
        OrderView clothPaid = buy(cloth.id(), 1);
        orders.confirmPayment(me, clothPaid.number(), PaymentMethod.QRIS);
        buy(scarf.id(), 5);
        OrderView cancelled = buy(cloth.id(), 3);
        orders.confirmPayment(me, cancelled.number(), PaymentMethod.QRIS);
        orders.cancelByArtisan(me, cancelled.number(), "Benang untuk pesanan ini habis, maaf.");

        Instant now = clock.instant();
        List<PaidLine> lines = sales.paidLinesOf(List.of(scarf.id(), cloth.id(), unsold.id()),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
        assertThat(lines).extracting(PaidLine::productId, PaidLine::quantity, line -> line.subtotal().amount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(scarf.id(), 2, 400_000L),
                        org.assertj.core.groups.Tuple.tuple(scarf.id(), 1, 200_000L),
                        org.assertj.core.groups.Tuple.tuple(cloth.id(), 1, 900_000L));
        assertThat(lines).extracting(PaidLine::orderId).doesNotHaveDuplicates();
        assertThat(sales.paidLinesOf(List.of(scarf.id()), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(2))))
                .isEmpty();
        assertThat(sales.paidLinesOf(List.of(), now.minus(Duration.ofDays(1)), now)).isEmpty();
    }
}
