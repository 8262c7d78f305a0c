package id.kriya.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.payment.GatewaySettled;
import id.kriya.payment.LedgerEntry.Kind;
import id.kriya.payment.LedgerEntry.Method;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.payment.gateway.GatewayPayments;
import id.kriya.payment.gateway.MidtransSignature;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Midtrans notifications as the gateway posts them: no session, no CSRF token, only the signature. */
@KriyaWebTest
@RecordApplicationEvents
class MidtransNotificationTests {

    static final long BUSINESS = 4_242L;

    @Autowired
    MockMvc mvc;

    @Autowired
    GatewayPayments gateway;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Value("${kriya.payment.midtrans.server-key}")
    String serverKey;

    @Test
    void aSettlementRecordsOneLedgerRowAndAnnouncesIt() throws Exception {
        String order = expected(150_000);

        notify(order, "tx-" + order, "settlement", null, "150000.00", null).andExpect(status().isOk());

        assertThat(ledger.of(order)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(Kind.GATEWAY_SETTLED);
            assertThat(entry.method()).isEqualTo(Method.GATEWAY);
            assertThat(entry.amount()).isEqualTo(Rupiah.of(150_000));
            assertThat(entry.businessId()).isEqualTo(BUSINESS);
            assertThat(entry.actorUserId()).isNull();
        });
        assertThat(settled(order)).containsExactly(new GatewaySettled(order, Rupiah.of(150_000), "tx-" + order));
    }

    @Test
    void theSameNotificationThreeTimesIsAppliedOnce() throws Exception {
        String order = expected(275_000);

        for (int i = 0; i < 3; i++) {
            notify(order, "tx-" + order, "settlement", null, "275000.00", null).andExpect(status().isOk());
        }

        assertThat(ledger.of(order)).hasSize(1);
        assertThat(settled(order)).hasSize(1);
        assertThat(notificationsOf(order)).isEqualTo(1);
    }

    @Test
    void aForgedSignatureIsForbiddenAndNothingIsStored() throws Exception {
        String order = expected(150_000);

        notify(order, "tx-" + order, "settlement", null, "150000.00",
                MidtransSignature.of(order, "200", "150000.00", "a-guessed-key")).andExpect(status().isForbidden());
        // Signed for a smaller amount than the notification claims.
        notify(order, "tx-" + order, "settlement", null, "150000.00",
                MidtransSignature.of(order, "200", "1000.00", serverKey)).andExpect(status().isForbidden());

        assertThat(notificationsOf(order)).isZero();
        assertThat(ledger.of(order)).isEmpty();
        assertThat(settled(order)).isEmpty();
    }

    @Test
    void aLatePendingAfterSettlementChangesNothing() throws Exception {
        String order = expected(90_000);
        notify(order, "tx-" + order, "settlement", null, "90000.00", null).andExpect(status().isOk());

        notify(order, "tx-" + order, "pending", null, "90000.00", null).andExpect(status().isOk());
        notify(order, "tx-" + order, "expire", null, "90000.00", null).andExpect(status().isOk());

        assertThat(stageOf(order)).isEqualTo("settlement");
        assertThat(ledger.of(order)).extracting(LedgerEntry::kind).containsExactly(Kind.GATEWAY_SETTLED);
        assertThat(settled(order)).hasSize(1);
    }

    @Test
    void pendingThenSettlementInOrderSettlesOnce() throws Exception {
        String order = expected(60_000);

        notify(order, "tx-" + order, "pending", null, "60000.00", null).andExpect(status().isOk());
        assertThat(ledger.of(order)).isEmpty();
        notify(order, "tx-" + order, "capture", "accept", "60000.00", null).andExpect(status().isOk());
        notify(order, "tx-" + order, "settlement", "accept", "60000.00", null).andExpect(status().isOk());

        assertThat(ledger.of(order)).hasSize(1);
        assertThat(settled(order)).hasSize(1);
    }

    @Test
    void aCaptureHeldForFraudReviewIsNotPaid() throws Exception {
        String order = expected(500_000);

        notify(order, "tx-" + order, "capture", "challenge", "500000.00", null).andExpect(status().isOk());

        assertThat(stageOf(order)).isEqualTo("capture");
        assertThat(ledger.of(order)).isEmpty();
        assertThat(settled(order)).isEmpty();
    }

    @Test
    void aCaptureHeldForReviewAndThenAcceptedIsPaidOnceAtAcceptance() throws Exception {
        String order = expected(500_000);

        notify(order, "tx-" + order, "capture", "challenge", "500000.00", null).andExpect(status().isOk());
        notify(order, "tx-" + order, "capture", "accept", "500000.00", null).andExpect(status().isOk());
        notify(order, "tx-" + order, "capture", "accept", "500000.00", null).andExpect(status().isOk());
        notify(order, "tx-" + order, "settlement", null, "500000.00", null).andExpect(status().isOk());

        assertThat(notificationsOf(order)).isEqualTo(3);
        assertThat(ledger.of(order)).hasSize(1);
        assertThat(settled(order)).hasSize(1);
    }

    @Test
    void aSignedNotificationForAnUnknownReferenceIsKeptButPaysNothing() throws Exception {
        String order = "KRY-" + UUID.randomUUID();

        notify(order, "tx-" + order, "settlement", null, "150000.00", null).andExpect(status().isOk());

        assertThat(notificationsOf(order)).isEqualTo(1);
        assertThat(ledger.of(order)).isEmpty();
        assertThat(settled(order)).isEmpty();
    }

    @Test
    void aSignedNotificationWithAnAmountThatIsNotWholeRupiahIsRefused() throws Exception {
        String order = expected(150_000);

        notify(order, "tx-" + order, "settlement", null, "150000.50", null).andExpect(status().isBadRequest());
        mvc.perform(post("/payments/midtrans/notification").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());

        assertThat(notificationsOf(order)).isZero();
        assertThat(ledger.of(order)).isEmpty();
    }

    @Test
    void aSignedSettlementForAnotherAmountChangesNothingAndTheGenuineOneStillSettles() throws Exception {
        String order = expected(150_000);

        notify(order, "tx-" + order, "settlement", null, "1000.00", null).andExpect(status().isOk());

        assertThat(ledger.of(order)).isEmpty();
        assertThat(settled(order)).isEmpty();
        assertThat(stageOf(order)).isNull();
        assertThat(gateway.mismatches(100)).anySatisfy(mismatch -> {
            assertThat(mismatch.reference()).isEqualTo(order);
            assertThat(mismatch.expected()).isEqualTo(Rupiah.of(150_000));
            assertThat(mismatch.grossAmount()).isEqualTo("1000.00");
        });
        KriyaUser admin = accounts().principal(accounts().admin(id.kriya.account.TestAccounts.uniqueEmail()));
        mvc.perform(get("/admin/payments").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order)))
                .andExpect(content().string(containsString("1000.00")))
                .andExpect(content().string(containsString("Rp150.000")));

        notify(order, "tx-" + order, "settlement", null, "150000.00", null).andExpect(status().isOk());

        assertThat(stageOf(order)).isEqualTo("settlement");
        assertThat(ledger.of(order)).singleElement().satisfies(entry ->
                assertThat(entry.amount()).isEqualTo(Rupiah.of(150_000)));
        assertThat(settled(order)).containsExactly(new GatewaySettled(order, Rupiah.of(150_000), "tx-" + order));
    }

    @Test
    void aPendingNotificationForAnotherAmountDoesNotMoveThePaymentEither() throws Exception {
        String order = expected(80_000);

        notify(order, "tx-" + order, "pending", null, "8000.00", null).andExpect(status().isOk());
        notify(order, "tx-" + order, "capture", "accept", "8000.00", null).andExpect(status().isOk());

        assertThat(stageOf(order)).isNull();
        assertThat(notificationsOf(order)).isZero();
        assertThat(ledger.of(order)).isEmpty();
        assertThat(settled(order)).isEmpty();
    }

    @Test
    void aSignedSettlementForAnUnknownOrderCreatesNoPaymentAndNoLedgerRow() throws Exception {
        String order = "KR-" + UUID.randomUUID().toString().substring(0, 13);

        notify(order, "tx-" + order, "settlement", null, "150000.00", null).andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT count(*) FROM payment_gateway_payment WHERE reference = ?").param(order)
                .query(Long.class).single()).isZero();
        assertThat(ledger.of(order)).isEmpty();
        assertThat(settled(order)).isEmpty();
    }

    private id.kriya.account.TestAccounts accounts() {
        return new id.kriya.account.TestAccounts(context);
    }

    private String expected(long rupiah) {
        String order = "KRY-" + UUID.randomUUID().toString().substring(0, 13);
        gateway.expect(order, BUSINESS, Rupiah.of(rupiah));
        return order;
    }

    private ResultActions notify(String order, String transactionId, String status, String fraud, String amount,
                                 String signature) throws Exception {
        String signed = signature == null ? MidtransSignature.of(order, "200", amount, serverKey) : signature;
        String json = """
                {"transaction_time":"2026-11-25 10:00:00","transaction_status":"%s","transaction_id":"%s",
                 "status_message":"midtrans payment notification","status_code":"200","signature_key":"%s",
                 "payment_type":"qris","order_id":"%s","merchant_id":"G000000000","gross_amount":"%s",
                 %s"currency":"IDR"}""".formatted(status, transactionId, signed, order, amount,
                fraud == null ? "" : "\"fraud_status\":\"" + fraud + "\",");
        return mvc.perform(post("/payments/midtrans/notification").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private java.util.List<GatewaySettled> settled(String order) {
        return events.stream(GatewaySettled.class).filter(event -> event.reference().equals(order)).toList();
    }

    private long notificationsOf(String order) {
        return jdbc.sql("SELECT count(*) FROM payment_gateway_notification WHERE reference = ?").param(order)
                .query(Long.class).single();
    }

    private String stageOf(String order) {
        return jdbc.sql("SELECT transaction_status FROM payment_gateway_payment WHERE reference = ?").param(order)
                .query((row, number) -> row.getString(1)).list().get(0);
    }
}
