package id.kriya.ordering.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import id.kriya.ordering.ShippingAddress;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.payment.Bank;
import id.kriya.payment.ForeignTransfer;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.payment.PaymentSettings;
import id.kriya.payment.gateway.SnapStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** A buyer abroad pays by card on the gateway's page (the local Snap stand-in); the signed notification settles it. */
@KriyaWebTest
class CardPaymentTests {

    static final ShippingAddress MELBOURNE = new ShippingAddress("AU", null, "Fitzroy", null, "3065",
            "12 Smith Street");

    @Autowired
    MockMvc mvc;

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
    PaymentLedger ledger;

    @Autowired
    PaymentSettings settings;

    @Autowired
    id.kriya.payment.gateway.CardPayments cards;

    @Autowired
    CardCharges charges;

    final SnapStandIn snap = SnapStandIn.shared();

    CheckoutRequest request;

    @Test
    void theBuyerIsSentToTheGatewaysPageForTheExactTotalAndASecondClickReusesIt() throws Exception {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 1_250_000);
        String key = request.checkoutId().toString();

        mvc.perform(get("/orders/{n}", order.number()).param("key", key))
                .andExpect(content().string(containsString("Kartu kredit/debit")))
                .andExpect(content().string(containsString("Bayar dengan kartu")));
        String page = gatewayPage(order, key);
        String again = gatewayPage(order, key);

        assertThat(page).startsWith(snap.baseUrl() + "/snap/v2/vtweb/");
        assertThat(again).isEqualTo(page);
        assertThat(snap.createdFor(order.number())).singleElement().satisfies(sent -> {
            assertThat(sent.path("transaction_details").path("gross_amount").asLong()).isEqualTo(order.total().amount());
            long items = 0;
            for (JsonNode item : sent.path("item_details")) {
                items += item.path("price").asLong() * item.path("quantity").asLong();
            }
            assertThat(items).isEqualTo(order.total().amount());
            assertThat(sent.path("customer_details").path("shipping_address").path("country_code").asString())
                    .isEqualTo("AUS");
            assertThat(sent.path("callbacks").path("finish").asString()).contains("/orders/" + order.number())
                    .contains("key=" + key);
        });
        mvc.perform(get("/orders/{n}", order.number()).param("key", key))
                .andExpect(content().string(containsString("Lanjutkan pembayaran kartu")));
    }

    @Test
    void twoClicksAtTheSameMomentMakeOneGatewayTransaction() throws Exception {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 640_000);
        id.kriya.payment.gateway.GatewayCharge charge = charges.of(order, request.checkoutId().toString());
        snap.delayNext(Duration.ofMillis(500));
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(() -> cards.pageFor(charge));
            var second = two.submit(() -> cards.pageFor(charge));

            assertThat(first.get()).isEqualTo(second.get());
        } finally {
            two.shutdown();
        }
        assertThat(snap.createdFor(order.number())).hasSize(1);
    }

    @Test
    void theSignedSettlementPaysTheOrder() throws Exception {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 480_000);
        String key = request.checkoutId().toString();
        mvc.perform(post("/orders/{n}/card", order.number()).param("key", key).with(csrf()))
                .andExpect(status().is3xxRedirection());

        notify(snap.notification(order.number(), "settlement", order.total().amount() + ".00"));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                orders.forArtisan(weaver.user().id(), order.number()).status() == OrderStatus.PAID);
        assertThat(orders.forArtisan(weaver.user().id(), order.number()).paymentMethod()).isEqualTo(PaymentMethod.GATEWAY);
        mvc.perform(get("/orders/{n}", order.number()).param("key", key))
                .andExpect(content().string(containsString("Dibayar")))
                .andExpect(content().string(not(containsString("Bayar dengan kartu"))));
        mvc.perform(get("/orders/{n}/card", order.number()).param("key", key))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aSettlementForAnotherAmountLeavesTheOrderUnpaidAndTheGenuineOneStillPaysIt() throws Exception {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 900_000);
        String key = request.checkoutId().toString();

        notify(snap.notification(order.number(), "settlement", "1000.00"));

        assertThat(ledger.of(order.number())).isEmpty();
        assertThat(orders.forArtisan(weaver.user().id(), order.number()).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        mvc.perform(get("/orders/{n}", order.number()).param("key", key))
                .andExpect(content().string(containsString("Menunggu Pembayaran")));

        notify(snap.notification(order.number(), "settlement", order.total().amount() + ".00"));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                orders.forArtisan(weaver.user().id(), order.number()).status() == OrderStatus.PAID);
        assertThat(ledger.of(order.number())).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(LedgerEntry.Kind.GATEWAY_SETTLED);
            assertThat(entry.amount()).isEqualTo(order.total());
        });
    }

    @Test
    void aGatewayThatFailsGetsACalmMessageInTheBuyersLanguageAndTheNextClickWorks() throws Exception {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 350_000);
        String key = request.checkoutId().toString();

        snap.failNext(503);
        var failed = mvc.perform(post("/orders/{n}/card", order.number()).param("key", key).param("lang", "en")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "payment.card.unavailable")).andReturn();
        String shown = mvc.perform(get(failed.getResponse().getRedirectedUrl())
                        .cookie(failed.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("nothing has been charged");
        assertThat(snap.createdFor(order.number())).isEmpty();

        String page = gatewayPage(order, key);
        assertThat(page).startsWith(snap.baseUrl().toString());
        assertThat(snap.createdFor(order.number())).hasSize(1);
    }

    @Test
    void aGatewayTooSlowToAnswerIsGivenUpOnWithTheSameMessage() throws Exception {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 275_000);

        snap.delayNext(Duration.ofSeconds(4));
        mvc.perform(post("/orders/{n}/card", order.number()).param("key", request.checkoutId().toString()).with(csrf()))
                .andExpect(flash().attribute("flashError", "payment.card.unavailable"));

        assertThat(orders.forArtisan(weaver.user().id(), order.number()).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void someoneWithoutTheKeyCannotStartAPayment() throws Exception {
        Artisan weaver = artisans.verified();
        OrderView order = orderFrom(weaver, 150_000);

        mvc.perform(post("/orders/{n}/card", order.number()).param("key", UUID.randomUUID().toString()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(snap.createdFor(order.number())).isEmpty();
    }

    @Test
    void aBuyerAbroadSeesWhatTheirBankNeedsForATransfer() throws Exception {
        Artisan weaver = artisans.verified();
        settings.useBankAccount(weaver.user().id(), Bank.BPD_BALI, "0200202123456", "Ni Luh Sari",
                new ForeignTransfer("BPDBIDJ1", "Jl. Raya Puputan No. 1, Denpasar 80235, Indonesia",
                        "Banjar Gelgel, Klungkung 80716, Indonesia"));
        OrderView order = orderFrom(weaver, 2_400_000);

        String page = mvc.perform(get("/orders/{n}", order.number()).param("key", request.checkoutId().toString())
                        .param("lang", "en"))
                .andReturn().getResponse().getContentAsString();

        org.jsoup.nodes.Element abroad = org.jsoup.Jsoup.parse(page).selectFirst("details.abroad");
        assertThat(abroad).isNotNull();
        assertThat(abroad.hasAttr("open")).isTrue();
        assertThat(abroad.text()).contains("From abroad", "BPDBIDJ1", "Jl. Raya Puputan", "Ni Luh Sari",
                "Banjar Gelgel", "0200202123456", "IDR " + order.total().amount());
    }

    /** Pay by card: Kriya's step to the gateway, and the gateway's page it leads to. */
    private String gatewayPage(OrderView order, String key) throws Exception {
        String handoff = mvc.perform(post("/orders/{n}/card", order.number()).param("key", key).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(handoff).isEqualTo("/orders/" + order.number() + "/card?key=" + key);
        String html = mvc.perform(get(handoff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return org.jsoup.Jsoup.parse(html).selectFirst("a[data-auto-follow]").attr("href");
    }

    private OrderView orderFrom(Artisan artisan, long price) {
        ProductView piece = artisans.published(artisan, aProduct().pricedAt(price).oneOfAKind());
        CartOwner guest = CartOwner.guest(UUID.randomUUID().toString());
        cart.add(guest, piece.id(), 1);
        request = checkouts.of(guest, MELBOURNE);
        return checkout.place(request).orders().get(0);
    }

    private void notify(String json) throws Exception {
        mvc.perform(post("/payments/midtrans/notification").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk());
    }
}
