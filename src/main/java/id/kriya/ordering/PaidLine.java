package id.kriya.ordering;

import java.time.Instant;

import id.kriya.shared.Rupiah;

/** One product's line in a paid order: for reports that count orders as well as pieces. */
public record PaidLine(long orderId, long productId, int quantity, Rupiah subtotal, Instant paidAt) {
}
