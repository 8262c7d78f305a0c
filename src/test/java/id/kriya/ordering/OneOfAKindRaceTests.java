package id.kriya.ordering;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class OneOfAKindRaceTests {

    static final int BUYERS = 100;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Test
    void aHundredBuyersAtOnceGetOnePieceSoldOnceAndNinetyNineClearAnswers() throws Exception {
        Artisan painter = artisans.verified();
        ProductView painting = artisans.published(painter, aProduct().titled("Lukisan Kamasan Ramayana").oneOfAKind());
        List<CheckoutRequest> requests = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            CartOwner guest = CartOwner.guest(UUID.randomUUID().toString());
            cart.add(guest, painting.id(), 1);
            requests.add(checkouts.of(guest, TestCheckouts.DENPASAR));
        }
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<PlacedCheckout> sold = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ExecutorService buyers = Executors.newFixedThreadPool(BUYERS);
        List<Future<?>> done = new ArrayList<>();
        for (CheckoutRequest request : requests) {
            done.add(buyers.submit(() -> {
                start.await();
                try {
                    sold.add(checkout.place(request));
                } catch (OrderRuleException e) {
                    refusals.add(e.messageKey());
                } catch (Throwable e) {
                    errors.add(e);
                }
                return null;
            }));
        }

        start.countDown();
        for (Future<?> buyer : done) {
            buyer.get(60, TimeUnit.SECONDS);
        }
        buyers.shutdown();

        assertThat(errors).isEmpty();
        assertThat(sold).hasSize(1);
        assertThat(refusals).hasSize(BUYERS - 1).containsOnly("ordering.checkout.soldOut");
        assertThat(artisans.reload(painter, painting.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);
    }
}
