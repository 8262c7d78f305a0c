package id.kriya.payment.gateway;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import id.kriya.payment.GatewaySettled;
import id.kriya.payment.LedgerEntry.Kind;
import id.kriya.payment.LedgerEntry.Method;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.payment.gateway.GatewayStage;
import id.kriya.payment.gateway.MidtransNotification;
import id.kriya.payment.gateway.MidtransSignature;
import id.kriya.shared.Rupiah;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment-gateway adapter (Midtrans-style), off unless {@code kriya.payment.midtrans.server-key} is set. A
 * payment is expected for a reference and a business; each notification whose signature holds is stored once per
 * (transaction_id, transaction_status), moves its payment only forward, and a newly settled payment becomes a
 * ledger row and a {@link GatewaySettled} event, once.
 */
@Service
@Transactional
@NamedInterface("api")
public class GatewayPayments {

    private static final Logger log = LoggerFactory.getLogger(GatewayPayments.class);

    /** What became of a notification; the endpoint answers by it. */
    public enum Outcome {
        /** No server key configured: the gateway is off. */
        DISABLED,
        /** The signature does not match: nothing stored. */
        FORGED,
        /** Signed, but missing a field or with an amount that is not whole rupiah: nothing stored. */
        INVALID,
        /** Already received: nothing changed. */
        DUPLICATE,
        /** Signed, but for a reference Kriya does not expect: stored, nothing changed. */
        UNEXPECTED,
        /**
         * Signed, but its gross amount is not the one expected for the reference: kept for an admin to look into,
         * nothing else changed, so the genuine notification still settles.
         */
        MISMATCHED,
        /** Stored; the payment had already gone as far or further, so it did not move. */
        IGNORED,
        /** Stored and the payment moved forward. */
        APPLIED,
        /** Stored, and the payment is newly settled: in the ledger, and announced. */
        SETTLED
    }

    private final JdbcClient jdbc;
    private final PaymentLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String serverKey;

    GatewayPayments(JdbcClient jdbc, PaymentLedger ledger, ApplicationEventPublisher events, Clock clock,
                    @Value("${kriya.payment.midtrans.server-key:}") String serverKey) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.serverKey = serverKey == null ? "" : serverKey.strip();
    }

    public boolean isEnabled() {
        return !serverKey.isEmpty();
    }

    /**
     * Tells the adapter a payment of this amount to this business will come through the gateway under this
     * reference (the gateway's order_id). Saying it again changes nothing.
     */
    public void expect(String reference, long businessId, Rupiah amount) {
        if (reference == null || reference.isBlank() || reference.length() > LedgerEntry.MAX_REFERENCE
                || amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("A reference and a positive amount");
        }
        OffsetDateTime now = now();
        jdbc.sql("""
                        INSERT INTO payment_gateway_payment (reference, business_id, amount, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING""")
                .params(reference, businessId, amount.amount(), now, now)
                .update();
    }

    /** Takes one notification as the gateway sent it. */
    public Outcome receive(MidtransNotification notification) {
        if (!isEnabled()) {
            return Outcome.DISABLED;
        }
        if (notification.orderId() == null || notification.statusCode() == null
                || notification.grossAmount() == null || notification.signatureKey() == null) {
            return Outcome.INVALID;
        }
        if (!MidtransSignature.matches(notification, serverKey)) {
            log.warn("Refused a gateway notification for {} with a signature that does not match", notification.orderId());
            return Outcome.FORGED;
        }
        Optional<Rupiah> amount = wholeRupiah(notification.grossAmount());
        if (amount.isEmpty() || !fits(notification.orderId(), 64) || !fits(notification.transactionId(), 100)
                || !fits(notification.transactionStatus(), 30) || !fits(notification.statusCode(), 10)
                || (notification.fraudStatus() != null && notification.fraudStatus().length() > 30)) {
            return Outcome.INVALID;
        }
        Optional<Expected> expected = jdbc.sql(
                        "SELECT business_id, amount, stage FROM payment_gateway_payment WHERE reference = ? FOR UPDATE")
                .param(notification.orderId())
                .query((row, number) -> new Expected(row.getLong("business_id"), Rupiah.of(row.getLong("amount")),
                        GatewayStage.ofRank(row.getInt("stage"))))
                .optional();
        // The amount first: a notification for another sum must neither move the payment nor use up its
        // (transaction, status), or the genuine one after it would be taken for a repeat.
        if (expected.isPresent() && !expected.get().amount().equals(amount.get())) {
            recordMismatch(notification, expected.get());
            return Outcome.MISMATCHED;
        }
        int stored = jdbc.sql("""
                        INSERT INTO payment_gateway_notification (reference, transaction_id, transaction_status,
                            fraud_status, status_code, gross_amount, applied, received_at)
                        VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)
                        ON CONFLICT ON CONSTRAINT payment_gateway_notification_once DO NOTHING""")
                .params(notification.orderId(), notification.transactionId(), notification.transactionStatus(),
                        notification.fraudStatus() == null ? "" : notification.fraudStatus(), notification.statusCode(),
                        notification.grossAmount(), now())
                .update();
        if (stored == 0) {
            return Outcome.DUPLICATE;
        }
        if (expected.isEmpty()) {
            log.warn("Gateway notification for {}, which Kriya does not expect; stored, not applied", notification.orderId());
            return Outcome.UNEXPECTED;
        }
        return apply(notification, expected.get());
    }

    /** The latest notifications whose amount was not the one expected, newest first, for an admin. */
    @Transactional(readOnly = true)
    public List<GatewayMismatch> mismatches(int limit) {
        return jdbc.sql("""
                        SELECT reference, business_id, expected_amount, gross_amount, transaction_id, transaction_status,
                            received_at FROM payment_gateway_mismatch ORDER BY received_at DESC, id DESC LIMIT ?""")
                .param(limit)
                .query((row, number) -> new GatewayMismatch(row.getString("reference"), row.getLong("business_id"),
                        Rupiah.of(row.getLong("expected_amount")), row.getString("gross_amount"),
                        row.getString("transaction_id"), row.getString("transaction_status"),
                        row.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private void recordMismatch(MidtransNotification notification, Expected expected) {
        log.warn("Gateway notification {} for {} says {}, but {} is expected; kept for an admin, not applied",
                notification.transactionStatus(), notification.orderId(), notification.grossAmount(),
                expected.amount().amount());
        jdbc.sql("""
                        INSERT INTO payment_gateway_mismatch (reference, business_id, expected_amount, gross_amount,
                            transaction_id, transaction_status, received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT ON CONSTRAINT payment_gateway_mismatch_once DO NOTHING""")
                .params(notification.orderId(), expected.businessId(), expected.amount().amount(),
                        notification.grossAmount(), notification.transactionId(), notification.transactionStatus(), now())
                .update();
    }

    private Outcome apply(MidtransNotification notification, Expected expected) {
        GatewayStage stage = GatewayStage.of(notification.transactionStatus(), notification.fraudStatus());
        if (!stage.isBeyond(expected.reached())) {
            log.info("Gateway notification {} for {} would not move it past {}; ignored", notification.transactionStatus(),
                    notification.orderId(), expected.reached());
            return Outcome.IGNORED;
        }
        jdbc.sql("""
                        UPDATE payment_gateway_payment SET stage = ?, transaction_status = ?, transaction_id = ?, updated_at = ?
                        WHERE reference = ?""")
                .params(stage.rank(), notification.transactionStatus(), notification.transactionId(), now(),
                        notification.orderId())
                .update();
        jdbc.sql("UPDATE payment_gateway_notification SET applied = TRUE WHERE transaction_id = ? AND transaction_status = ?")
                .params(notification.transactionId(), notification.transactionStatus())
                .update();
        if (!stage.isPaid()) {
            return Outcome.APPLIED;
        }
        boolean recorded = ledger.recordOnce(new LedgerEntry(notification.orderId(), expected.businessId(),
                Kind.GATEWAY_SETTLED, Method.GATEWAY, expected.amount(), null, "Midtrans " + notification.transactionId(),
                clock.instant()));
        if (!recorded) {
            return Outcome.APPLIED;
        }
        events.publishEvent(new GatewaySettled(notification.orderId(), expected.amount(), notification.transactionId()));
        return Outcome.SETTLED;
    }

    /** "150000.00" as Rp150.000; empty for anything that is not a positive whole number of rupiah. */
    static Optional<Rupiah> wholeRupiah(String grossAmount) {
        try {
            BigDecimal value = new BigDecimal(grossAmount.strip());
            if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0) {
                return Optional.empty();
            }
            return Optional.of(Rupiah.of(value.longValueExact()));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static boolean fits(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record Expected(long businessId, Rupiah amount, GatewayStage reached) {
    }
}
