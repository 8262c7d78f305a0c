package id.kriya.ordering.sales;

import java.time.Instant;

import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;

/** One product's line in a paid order: for reports that count orders as well as pieces. */
@NamedInterface("api")
public record PaidLine(long orderId, long productId, int quantity, Rupiah subtotal, Instant paidAt) {
}
