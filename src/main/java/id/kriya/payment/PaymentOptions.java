package id.kriya.payment;

import java.util.Optional;

import id.kriya.payment.qris.QrisException;
import id.kriya.shared.Rupiah;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a buyer can pay a business, for checkout and the order page: its QRIS (and the dynamic QRIS for an exact
 * amount, within the QRIS limit per transaction) and its bank account for transfers.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class PaymentOptions {

    /** The most one QRIS transaction may carry; above it the buyer is offered a bank transfer. */
    public static final Rupiah QRIS_LIMIT = Rupiah.of(10_000_000);

    private static final Logger log = LoggerFactory.getLogger(PaymentOptions.class);

    private final PayoutSettingsRepository settings;

    PaymentOptions(PayoutSettingsRepository settings) {
        this.settings = settings;
    }

    /** The merchant the business's QRIS pays, when it has set one up. */
    public Optional<QrisMerchant> qrisOf(long businessId) {
        return settings.findById(businessId).flatMap(PayoutSettings::qrisMerchant);
    }

    /**
     * The dynamic QRIS payload asking for exactly this amount from the business's static QRIS; empty when the
     * business has no QRIS or the amount is not one QRIS allows (zero, negative, above {@link #QRIS_LIMIT}).
     */
    public Optional<String> dynamicQris(long businessId, Rupiah amount) {
        if (!qrisAllows(amount)) {
            return Optional.empty();
        }
        try {
            return settings.findById(businessId).flatMap(PayoutSettings::qris)
                    .map(payload -> payload.withAmount(amount.amount()).text());
        } catch (QrisException e) {
            // Kept when it passed the checks of its day; a payload today's checks refuse is offered to no buyer.
            log.warn("The stored QRIS of business {} no longer passes the checks: {}", businessId, e.getMessage());
            return Optional.empty();
        }
    }

    /** True for an amount one QRIS transaction may carry: more than nothing, at most {@link #QRIS_LIMIT}. */
    public boolean qrisAllows(Rupiah amount) {
        return amount != null && amount.isPositive() && amount.isAtMost(QRIS_LIMIT);
    }

    /** Whether buyers have a way to pay the business: a QRIS or a bank account for transfers. */
    public boolean canBePaid(long businessId) {
        return settings.findById(businessId)
                .map(found -> found.qrisMerchant().isPresent() || found.bankAccount().isPresent())
                .orElse(false);
    }

    /** The account the business takes transfers into, when it has given one. */
    public Optional<BankAccount> bankAccountOf(long businessId) {
        return settings.findById(businessId).flatMap(PayoutSettings::bankAccount);
    }
}
