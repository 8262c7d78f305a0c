package id.kriya.ordering;

import org.springframework.modulith.NamedInterface;

/**
 * An order moved on (paid, shipped, arrived, completed or cancelled). {@code wasPaid} tells a cancelled order that
 * is owed a refund from one that never took money.
 */
@NamedInterface("api")
public record OrderStatusChanged(long orderId, String number, long businessId, OrderStatus status, Actor actor,
                                 boolean wasPaid) {
}
