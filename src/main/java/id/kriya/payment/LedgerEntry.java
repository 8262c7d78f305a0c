package id.kriya.payment;

import java.time.Instant;
import java.util.Objects;

import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;

/**
 * One event in the payment ledger. {@code reference} is what the money was for (an order number, a booth sale's
 * reference); {@code actorUserId} is who confirmed it, null when a gateway or the system did. Each (reference, kind)
 * happens once.
 */
@NamedInterface("api")
public record LedgerEntry(String reference, long businessId, Kind kind, Method method, Rupiah amount,
                          Long actorUserId, String note, Instant at) {

    public static final int MAX_REFERENCE = 64;
    public static final int MAX_NOTE = 500;

    public enum Kind {
        PAYMENT_CONFIRMED, GATEWAY_SETTLED, REFUND_DUE, REFUNDED
    }

    public enum Method {
        QRIS, BANK_TRANSFER, GATEWAY, CASH
    }

    public LedgerEntry {
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("A reference of 1 to " + MAX_REFERENCE + " characters: " + reference);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(at, "at");
        if (amount == null || amount.amount() < 0) {
            throw new IllegalArgumentException("An amount in whole rupiah, not negative: " + amount);
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note of at most " + MAX_NOTE + " characters");
        }
    }
}
