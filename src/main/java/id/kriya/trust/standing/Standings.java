package id.kriya.trust.standing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Standings extends Repository<Standing, Long> {

    Optional<Standing> findById(long businessId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Standing s where s.businessId = :businessId")
    Optional<Standing> lock(long businessId);

    /** Makes sure the shop has a row to lock, whoever gets there first. */
    @Modifying
    @Query(value = """
            INSERT INTO trust_shop_standing (business_id, recompute_at) VALUES (:businessId, :now)
            ON CONFLICT (business_id) DO NOTHING""", nativeQuery = true)
    void ensure(long businessId, Instant now);

    /** Shops whose window moved on since they were computed, locked and skipped by other instances. */
    @Query(value = """
            SELECT business_id FROM trust_shop_standing WHERE recompute_at <= :now
            ORDER BY recompute_at LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Long> lockDue(Instant now, int limit);
}
