package id.kriya.ordering.sales;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.kriya.ordering.OrderStatus;
import id.kriya.shared.Rupiah;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online sales for other modules' reports (an exhibition's report reads what its exhibitors' products sold during a
 * stage). A sale counts once its order is paid and for as long as it is not cancelled: paid, processing, shipped,
 * arrived, complained-of and completed orders, by the moment they were paid. Unpaid, expired, cancelled and
 * refunded orders do not count. Prices are those the order was placed at; shipping is not revenue.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class SalesQueries {

    static final Set<OrderStatus> PAID_AND_LATER = EnumSet.of(OrderStatus.PAID, OrderStatus.PROCESSING,
            OrderStatus.SHIPPED, OrderStatus.ARRIVED, OrderStatus.COMPLAINED, OrderStatus.COMPLETED);

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The lines of these products in orders paid from {@code from} (inclusive) to {@code to} (exclusive), oldest
     * payment first, in one query: for counting distinct orders over several products.
     */
    public List<PaidLine> paidLinesOf(Collection<Long> productIds, Instant from, Instant to) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createQuery("""
                        select o.id, l.productId, l.quantity, l.unitPrice, o.paidAt
                        from Order o join o.lines l
                        where l.productId in :products and o.status in :statuses
                          and o.paidAt >= :from and o.paidAt < :to
                        order by o.paidAt, o.id""", Object[].class)
                .setParameter("products", productIds)
                .setParameter("statuses", PAID_AND_LATER)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream().map(row -> new PaidLine(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).intValue(), Rupiah.of(((Number) row[3]).longValue()).times(((Number) row[2]).intValue()),
                (Instant) row[4])).toList();
    }
}
