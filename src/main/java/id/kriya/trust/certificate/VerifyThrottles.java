package id.kriya.trust.certificate;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VerifyThrottles extends JpaRepository<VerifyThrottle, String> {

    /** Makes the row when there is none yet; two instances doing so at once both go on to the same row. */
    @Modifying
    @Query(value = "insert into trust_verify_throttle (key_hash, misses, last_miss_at) values (:keyHash, 0, :now)"
            + " on conflict (key_hash) do nothing", nativeQuery = true)
    void ensure(String keyHash, Instant now);

    /** The row, locked until the transaction ends, so that misses sent together are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from VerifyThrottle t where t.keyHash = :keyHash")
    Optional<VerifyThrottle> lock(String keyHash);

    /** Rows without a miss for longer than any count is remembered, and no wait left. */
    @Modifying
    @Query("delete from VerifyThrottle t where t.lastMissAt < :before and (t.waitsUntil is null or t.waitsUntil < :before)")
    int deleteStale(Instant before);
}
