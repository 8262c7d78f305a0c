package id.kriya.payment.gateway;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import id.kriya.payment.PaymentRuleException;
import id.kriya.payment.gateway.GatewayStage;
import id.kriya.payment.gateway.SnapClient;
import id.kriya.payment.gateway.SnapException;
import id.kriya.payment.gateway.SnapRequest;
import id.kriya.payment.gateway.SnapTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card payment through the gateway's hosted page (Midtrans Snap), for buyers abroad above all. Kriya creates the
 * transaction server to server for the exact amount and sends the buyer to the gateway's page; the signed
 * notification settles it through {@link GatewayPayments}. One transaction per reference: asking again while it is
 * open gives the same page, never a second charge.
 */
@Service
@Transactional
@NamedInterface("api")
public class CardPayments {

    /** What the gateway's page offers: cards only (Kriya has QRIS and transfer of its own). */
    static final List<String> CHANNELS = List.of("credit_card");

    private static final Logger log = LoggerFactory.getLogger(CardPayments.class);

    private final GatewayPayments gateway;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SnapClient snap;

    CardPayments(GatewayPayments gateway, JdbcClient jdbc, Clock clock,
                 @Value("${kriya.payment.midtrans.server-key:}") String serverKey,
                 @Value("${kriya.payment.midtrans.snap-base-url:https://app.sandbox.midtrans.com}") URI base,
                 @Value("${kriya.payment.midtrans.connect-timeout:PT5S}") Duration connectTimeout,
                 @Value("${kriya.payment.midtrans.timeout:PT15S}") Duration timeout) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.clock = clock;
        this.snap = new SnapClient(base, serverKey == null ? "" : serverKey.strip(), connectTimeout, timeout);
    }

    /** True when buyers may pay by card: the gateway is configured. */
    @Transactional(readOnly = true)
    public boolean isEnabled() {
        return gateway.isEnabled();
    }

    /**
     * The gateway's page where the buyer pays this charge: the one made before for its reference while that is still
     * open, else a new transaction for exactly the charge's amount.
     *
     * @throws GatewayUnavailableException when the gateway is off or gives no page now; nothing is kept
     * @throws PaymentRuleException        when the reference is already paid by card, or was expected for another amount
     */
    public URI pageFor(GatewayCharge charge) {
        if (!isEnabled()) {
            throw new GatewayUnavailableException("The gateway is not configured", null);
        }
        gateway.expect(charge.reference(), charge.businessId(), charge.amount());
        // Held until this transaction ends, so two clicks at once make one gateway transaction, not two.
        Open open = jdbc.sql("""
                        SELECT amount, stage, redirect_url FROM payment_gateway_payment WHERE reference = ? FOR UPDATE""")
                .param(charge.reference())
                .query((row, number) -> new Open(row.getLong("amount"), GatewayStage.ofRank(row.getInt("stage")),
                        row.getString("redirect_url")))
                .single();
        if (open.amount() != charge.amount().amount()) {
            throw new PaymentRuleException("payment.card.amountChanged");
        }
        if (open.reached().rank() >= GatewayStage.PAID.rank()) {
            throw new PaymentRuleException("payment.card.alreadyPaid");
        }
        if (open.redirectUrl() != null) {
            return URI.create(open.redirectUrl());
        }
        SnapTransaction transaction;
        try {
            transaction = snap.create(request(charge));
        } catch (SnapException e) {
            log.warn("No card payment page for {}: {}", charge.reference(), e.getMessage());
            throw new GatewayUnavailableException(e.getMessage(), e);
        }
        jdbc.sql("""
                        UPDATE payment_gateway_payment SET snap_token = ?, redirect_url = ?, snap_created_at = ?,
                            updated_at = ? WHERE reference = ?""")
                .params(transaction.token(), transaction.redirectUrl().toString(), now(), now(), charge.reference())
                .update();
        return transaction.redirectUrl();
    }

    /** The gateway's page made for this reference, while it is not yet paid. */
    @Transactional(readOnly = true)
    public java.util.Optional<URI> openPage(String reference) {
        return jdbc.sql("SELECT redirect_url FROM payment_gateway_payment WHERE reference = ? AND redirect_url IS NOT NULL "
                        + "AND stage < ?")
                .params(reference, GatewayStage.PAID.rank())
                .query((row, number) -> URI.create(row.getString(1))).optional();
    }

    /** True when a card payment page was already made for this reference (the buyer may go back to it). */
    @Transactional(readOnly = true)
    public boolean isStarted(String reference) {
        return jdbc.sql("SELECT count(*) FROM payment_gateway_payment WHERE reference = ? AND redirect_url IS NOT NULL")
                .param(reference).query(Long.class).single() > 0;
    }

    private static SnapRequest request(GatewayCharge charge) {
        GatewayCharge.Payer payer = charge.payer();
        return new SnapRequest(charge.reference(), charge.amount().amount(),
                new SnapRequest.Customer(payer.name(), payer.email(), payer.phone(), payer.address(), payer.city(),
                        payer.postalCode(), alpha3(payer.country())),
                charge.items().stream().map(item -> new SnapRequest.Item(item.id(), item.name(), item.price().amount(),
                        item.quantity())).toList(),
                CHANNELS, charge.returnUrl());
    }

    /** "AU" as "AUS", the form Midtrans asks for. */
    static String alpha3(String country) {
        try {
            return new Locale("", country).getISO3Country();
        } catch (MissingResourceException e) {
            return country;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record Open(long amount, GatewayStage reached, String redirectUrl) {
    }
}
