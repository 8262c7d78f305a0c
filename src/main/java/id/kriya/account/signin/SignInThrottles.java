package id.kriya.account.signin;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInThrottles extends JpaRepository<SignInThrottle, SignInThrottle.Key> {

    /** Makes the row when there is none yet; two instances doing so at once both go on to the same row. */
    @Modifying
    @Query(value = "insert into account_sign_in_throttle (scope, key_hash, failures, last_failure_at)"
            + " values (:scope, :keyHash, 0, :now) on conflict (scope, key_hash) do nothing", nativeQuery = true)
    void ensure(String scope, String keyHash, Instant now);

    /** The row, locked until the transaction ends, so that wrong passwords sent together are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SignInThrottle t where t.scope = :scope and t.keyHash = :keyHash")
    Optional<SignInThrottle> lock(SignInThrottle.Scope scope, String keyHash);

    @Query("select t from SignInThrottle t where t.keyHash in :keyHashes")
    List<SignInThrottle> findByKeyHashIn(Collection<String> keyHashes);

    @Modifying
    @Query("delete from SignInThrottle t where t.scope = :scope and t.keyHash = :keyHash")
    void forget(SignInThrottle.Scope scope, String keyHash);

    /** Rows whose last wrong password is older than any scope remembers. */
    @Modifying
    @Query("delete from SignInThrottle t where t.lastFailureAt < :before and (t.waitsUntil is null or t.waitsUntil < :before)")
    int deleteStale(Instant before);
}
