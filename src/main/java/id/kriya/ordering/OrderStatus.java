package id.kriya.ordering;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/** An order's life, named as Indonesian buyers know it from the marketplaces they use. */
@NamedInterface("api")
public enum OrderStatus {
    /** Menunggu Pembayaran. */
    AWAITING_PAYMENT,
    /** Dibayar. */
    PAID,
    /** Diproses. */
    PROCESSING,
    /** Dikirim (or ready to pick up at the workshop). */
    SHIPPED,
    /** Tiba. */
    ARRIVED,
    /** Dikomplain: the buyer opened a complaint; it no longer completes by itself until the complaint closes. */
    COMPLAINED,
    /** Selesai. */
    COMPLETED,
    /** Dibatalkan. */
    CANCELLED,
    /** Dana Dikembalikan: a complaint ended with the whole total paid back to the buyer. */
    REFUNDED;

    private static final Set<OrderStatus> OPEN = Set.of(AWAITING_PAYMENT, PAID, PROCESSING, SHIPPED, ARRIVED,
            COMPLAINED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The message key of its name, as both languages write it. */
    public String messageKey() {
        return "ordering.status." + name();
    }
}
