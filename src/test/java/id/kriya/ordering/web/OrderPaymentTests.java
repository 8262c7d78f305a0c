package id.kriya.ordering.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.payment.GatewaySettled;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.payment.PaymentSettings;
import id.kriya.payment.qris.QrisPayload;
import id.kriya.payment.qris.TestQris;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KriyaWebTest
class OrderPaymentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    PaymentSettings settings;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    OrderManagement orders;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    CheckoutRequest request;

    OrderView orderFrom(Artisan artisan, long price) {
        ProductView piece = artisans.published(artisan, aProduct().pricedAt(price).oneOfAKind());
        CartOwner guest = CartOwner.guest(UUID.randomUUID().toString());
        cart.add(guest, piece.id(), 1);
        request = checkouts.of(guest, TestCheckouts.DENPASAR);
        return checkout.place(request).orders().get(0);
    }

    @Test
    void theOrdersQrisAsksForExactlyItsTotalWithAValidChecksum() throws Exception {
        Artisan weaver = artisans.verified();
        settings.useQris(weaver.user().id(), TestQris.staticFor("TENUN IKAT SIDEMEN", "KARANGASEM"));
        OrderView order = orderFrom(weaver, 1_250_000);

        mvc.perform(get("/orders/" + order.number()).param("key", "" + request.checkoutId()))
                .andExpect(content().string(containsString("/orders/" + order.number() + "/qris.png")));
        byte[] png = mvc.perform(get("/orders/" + order.number() + "/qris.png").param("key", "" + request.checkoutId()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();

        QrisPayload scanned = QrisPayload.parse(TestQris.decode(png));
        assertThat(scanned.isDynamic()).isTrue();
        assertThat(scanned.amount()).contains(Long.toString(order.total().amount()));
        assertThat(scanned.merchantName()).isEqualTo("TENUN IKAT SIDEMEN");
        mvc.perform(get("/orders/" + order.number() + "/qris.png").param("key", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTotalAboveTheQrisLimitIsOfferedBankTransferInstead() throws Exception {
        Artisan painter = artisans.verified();
        settings.useQris(painter.user().id(), TestQris.staticFor("LUKISAN KAMASAN", "KLUNGKUNG"));
        OrderView order = orderFrom(painter, 12_000_000);

        mvc.perform(get("/orders/" + order.number()).param("key", "" + request.checkoutId()))
                .andExpect(content().string(containsString("di atas batas QRIS")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("qris.png"))));
        mvc.perform(get("/orders/" + order.number() + "/qris.png").param("key", "" + request.checkoutId()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aConfirmedPaymentTheRefundOwedAndTheRefundAreRowsInTheLedgerOnce() {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 600_000);

        orders.confirmPayment(weaver.user().id(), order.number(), PaymentMethod.BANK_TRANSFER);
        orders.cancelByArtisan(weaver.user().id(), order.number(), "Warna kainnya ternyata pudar, mohon maaf.");

        orders.markRefunded(weaver.user().id(), order.number());

        assertThat(ledger.of(order.number())).extracting(LedgerEntry::kind).containsExactly(
                LedgerEntry.Kind.PAYMENT_CONFIRMED, LedgerEntry.Kind.REFUND_DUE, LedgerEntry.Kind.REFUNDED);
        assertThat(ledger.of(order.number())).extracting(LedgerEntry::amount).containsOnly(order.total());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.markRefunded(weaver.user().id(), order.number()))
                .isInstanceOf(id.kriya.ordering.OrderRuleException.class);
        OrderView unpaid = orderFrom(weaver, 200_000);
        orders.cancelByArtisan(weaver.user().id(), unpaid.number(), "Barangnya rusak saat dikemas, maaf.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.markRefunded(weaver.user().id(), unpaid.number()))
                .isInstanceOf(id.kriya.ordering.OrderRuleException.class);
    }

    @Test
    void aGatewaySettlementPaysTheOrderOnlyForItsExactTotal() {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 300_000);

        transactions.executeWithoutResult(tx -> events.publishEvent(
                new GatewaySettled(order.number(), Rupiah.of(1_000), "tx-" + UUID.randomUUID())));
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new GatewaySettled(order.number(), order.total(), "tx-" + UUID.randomUUID())));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                orders.forArtisan(weaver.user().id(), order.number()).status() == OrderStatus.PAID);
        assertThat(orders.forArtisan(weaver.user().id(), order.number()).paymentMethod()).isEqualTo(PaymentMethod.GATEWAY);
    }
}
