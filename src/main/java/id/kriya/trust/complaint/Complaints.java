package id.kriya.trust.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Complaints extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByNumber(String number);

    /** The complaint with its row locked: two steps at once (an answer and the deadline's work) queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Complaint c where c.number = :number")
    Optional<Complaint> lockByNumber(String number);

    boolean existsByOrderNumber(String orderNumber);

    Optional<Complaint> findByOrderNumber(String orderNumber);

    Page<Complaint> findByBuyerUserIdOrderByOpenedAtDescIdDesc(long buyerUserId, Pageable pageable);

    Page<Complaint> findByBusinessIdOrderByOpenedAtDescIdDesc(long businessId, Pageable pageable);

    /**
     * What waits for the officers of these areas: complaints in mediation and remedies the artisan let run late,
     * the nearest deadline first.
     */
    @Query("""
            select c from Complaint c where c.regionCode in :regions
              and (c.status = id.kriya.trust.complaint.ComplaintStatus.MEDIATION
                   or (c.overdueSince is not null and c.status <> id.kriya.trust.complaint.ComplaintStatus.CLOSED))
            order by c.dueAt asc nulls first, c.openedAt asc, c.id asc""")
    Page<Complaint> waitingIn(Collection<String> regions, Pageable pageable);

    @Query("""
            select count(c) from Complaint c where c.regionCode in :regions
              and (c.status = id.kriya.trust.complaint.ComplaintStatus.MEDIATION
                   or (c.overdueSince is not null and c.status <> id.kriya.trust.complaint.ComplaintStatus.CLOSED))""")
    long countWaitingIn(Collection<String> regions);

    Page<Complaint> findByRegionCodeInOrderByOpenedAtDescIdDesc(Collection<String> regions, Pageable pageable);

    /**
     * Complaints whose enforced deadline passed, locked for this instance alone: another instance polling at the
     * same moment skips them, so each step runs once.
     */
    @Query(value = """
            SELECT id FROM trust_complaint
            WHERE status IN ('AWAITING_ARTISAN', 'AWAITING_BUYER', 'AWAITING_RETURN', 'RETURN_SHIPPED',
                             'AWAITING_REFUND', 'AWAITING_REPLACEMENT', 'REPLACEMENT_SHIPPED')
              AND due_at <= :now
            ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Long> lockDue(Instant now, int limit);
}
