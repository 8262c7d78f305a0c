package id.kriya.ordering;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each shop's service record for the trust module's seller standing, read from the orders' own steps: when the
 * artisan first acted after payment (confirming a transfer, starting, shipping or cancelling) and when it shipped
 * against the days the order promised.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ServiceRecords {

    @PersistenceContext
    private EntityManager entityManager;

    /** The shop's record over the orders paid from {@code since} up to {@code now}. */
    public ServiceRecord of(long businessId, Instant since, Instant now, Duration answerWithin) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        WITH paid AS (
                            SELECT o.paid_at, o.shipped_at, o.arrived_at, o.status, o.cancelled_by, o.closed_at,
                                   o.paid_at + make_interval(days => o.ship_within_days) AS ship_by,
                                   (SELECT min(s.at) FROM ordering_order_step s
                                     WHERE s.order_id = o.id AND s.actor = 'ARTISAN' AND s.at >= o.paid_at) AS answered_at
                            FROM ordering_order o
                            WHERE o.business_id = :business AND o.paid_at >= :since AND o.paid_at < :now)
                        SELECT count(*) FILTER (WHERE answered_at IS NOT NULL OR paid_at + make_interval(secs => :answer) <= :now),
                               count(*) FILTER (WHERE answered_at <= paid_at + make_interval(secs => :answer)),
                               count(*) FILTER (WHERE shipped_at IS NOT NULL OR ship_by <= :now
                                                   OR cancelled_by = 'ARTISAN'),
                               count(*) FILTER (WHERE shipped_at <= ship_by),
                               count(*) FILTER (WHERE arrived_at IS NOT NULL),
                               count(*) FILTER (WHERE status = 'COMPLETED')
                        FROM paid""")
                .setParameter("business", businessId)
                .setParameter("since", Timestamp.from(since))
                .setParameter("now", Timestamp.from(now))
                .setParameter("answer", answerWithin.toSeconds())
                .getSingleResult();
        return new ServiceRecord(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                count(row[5]));
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
