package id.kriya.exhibition.sales;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.sales.TestSaleStages.Stage;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@KriyaWebTest
class BoothOnlineRaceTests {

    static final int ONLINE_BUYERS = 20;
    static final int BOOTH_TAPS = 5;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestSaleStages booths;

    @Autowired
    BoothSales sales;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void buyersOnlineAndAtTheBoothAtOnceGetAOneOfAKindPieceSoldOnce() throws Exception {
        Stage stage = booths.onNow();
        Artisan painter = artisans.verified("51.05");
        ProductView painting = artisans.published(painter, aProduct().titled("Lukisan Kamasan Bima Swarga").oneOfAKind());
        booths.admit(stage, painter, painting.id());
        List<CheckoutRequest> requests = new ArrayList<>();
        for (int i = 0; i < ONLINE_BUYERS; i++) {
            CartOwner guest = CartOwner.guest(UUID.randomUUID().toString());
            cart.add(guest, painting.id(), 1);
            requests.add(checkouts.of(guest, TestCheckouts.DENPASAR));
        }
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> won = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Callable<Void>> attempts = new ArrayList<>();
        for (CheckoutRequest request : requests) {
            attempts.add(() -> {
                start.await();
                try {
                    checkout.place(request);
                    won.add("online");
                } catch (OrderRuleException e) {
                    refusals.add(e.messageKey());
                } catch (Throwable e) {
                    errors.add(e);
                }
                return null;
            });
        }
        for (int i = 0; i < BOOTH_TAPS; i++) {
            attempts.add(() -> {
                start.await();
                try {
                    sales.record(painter.user().id(), stage.id(),
                            NewBoothSale.ofProduct(painting.id(), 1, SaleMethod.CASH));
                    won.add("booth");
                } catch (ExhibitionRuleException e) {
                    refusals.add(e.messageKey());
                } catch (Throwable e) {
                    errors.add(e);
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        List<Future<Void>> done = new ArrayList<>();
        attempts.forEach(attempt -> done.add(pool.submit(attempt)));

        start.countDown();
        for (Future<Void> attempt : done) {
            attempt.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(errors).isEmpty();
        assertThat(won).hasSize(1);
        assertThat(refusals).hasSize(ONLINE_BUYERS + BOOTH_TAPS - 1)
                .containsOnly("ordering.checkout.soldOut", "exhibition.sales.rule.soldOut");
        int boothRows = jdbc.queryForObject("SELECT count(*) FROM exhibition_booth_sale WHERE stage_id = ?",
                Integer.class, stage.id());
        assertThat(boothRows).isEqualTo(won.peek().equals("booth") ? 1 : 0);
        assertThat(artisans.reload(painter, painting.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);
    }
}
