package id.kriya.ordering;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Orders extends JpaRepository<Order, Long> {

    Optional<Order> findByNumber(String number);

    List<Order> findByCheckoutIdOrderByIdAsc(UUID checkoutId);

    Page<Order> findByBuyerUserIdOrderByPlacedAtDescIdDesc(long buyerUserId, Pageable pageable);

    Page<Order> findByBusinessIdAndStatusInOrderByPlacedAtDescIdDesc(long businessId, Collection<OrderStatus> statuses,
                                                                     Pageable pageable);

    long countByBusinessIdAndStatus(long businessId, OrderStatus status);

    /** How many of the business's orders are in each of these statuses, in one query. */
    @Query("select o.status, count(o) from Order o where o.businessId = :businessId and o.status in :statuses group by o.status")
    List<Object[]> countByStatus(long businessId, Collection<OrderStatus> statuses);

    /**
     * Orders whose time to pay ran out, locked for this instance alone: another instance polling at the same moment
     * skips them, so each expiry runs once.
     */
    @Query(value = """
            SELECT id FROM ordering_order WHERE status = 'AWAITING_PAYMENT' AND expires_at <= :now
            ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Long> lockDueExpiries(Instant now, int limit);

    /** Arrived orders whose buyer did not confirm in time, locked for this instance alone. */
    @Query(value = """
            SELECT id FROM ordering_order WHERE status = 'ARRIVED' AND completes_at <= :now
            ORDER BY completes_at LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Long> lockDueCompletions(Instant now, int limit);
}
