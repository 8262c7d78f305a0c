package id.kriya.ordering;

/**
 * An order moved on (paid, shipped, arrived, completed or cancelled). {@code wasPaid} tells a cancelled order that
 * is owed a refund from one that never took money.
 */
public record OrderStatusChanged(long orderId, String number, long businessId, OrderStatus status, Actor actor,
                                 boolean wasPaid) {
}
