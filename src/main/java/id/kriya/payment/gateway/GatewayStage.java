package id.kriya.payment.gateway;

import java.util.Locale;

/**
 * How far a gateway payment has come, from its {@code transaction_status} (and, for a card capture, its
 * {@code fraud_status}). A payment only moves forward: a notification of an earlier or equal stage than the one
 * reached (a late {@code pending} after {@code settlement}) changes nothing.
 */
public enum GatewayStage {

    UNKNOWN(0, false),
    PENDING(1, false),
    /** Card authorised, or captured but held for fraud review ({@code challenge}): not money yet. */
    HELD(2, false),
    /** Denied, cancelled, expired or failed before any money moved. */
    FAILED(3, false),
    /** {@code settlement}, or {@code capture} with fraud status {@code accept}: paid. */
    PAID(4, true),
    PARTLY_REFUNDED(5, false),
    REFUNDED(6, false);

    private final int rank;
    private final boolean paid;

    GatewayStage(int rank, boolean paid) {
        this.rank = rank;
        this.paid = paid;
    }

    public static GatewayStage of(String transactionStatus, String fraudStatus) {
        String status = transactionStatus == null ? "" : transactionStatus.strip().toLowerCase(Locale.ROOT);
        String fraud = fraudStatus == null ? "" : fraudStatus.strip().toLowerCase(Locale.ROOT);
        return switch (status) {
            case "pending" -> PENDING;
            case "authorize" -> HELD;
            case "capture" -> switch (fraud) {
                case "accept" -> PAID;
                case "deny" -> FAILED;
                default -> HELD;
            };
            case "settlement" -> PAID;
            case "deny", "cancel", "expire", "failure" -> FAILED;
            case "partial_refund", "partial_chargeback" -> PARTLY_REFUNDED;
            case "refund", "chargeback" -> REFUNDED;
            default -> UNKNOWN;
        };
    }

    public int rank() {
        return rank;
    }

    public boolean isPaid() {
        return paid;
    }

    /** True when a payment at {@code reached} may move to this stage. */
    public boolean isBeyond(GatewayStage reached) {
        return this != UNKNOWN && rank > reached.rank;
    }

    public static GatewayStage ofRank(int rank) {
        for (GatewayStage stage : values()) {
            if (stage.rank == rank) {
                return stage;
            }
        }
        return UNKNOWN;
    }
}
