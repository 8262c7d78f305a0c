package id.kriya.account.signin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Wrong passwords counted for one e-mail address typed or one client address, and how long the next try must wait.
 * The count starts again once no wrong password has come for {@link Scope#forgetAfter()}.
 */
@Entity
@Table(name = "account_sign_in_throttle")
@IdClass(SignInThrottle.Key.class)
class SignInThrottle {

    /**
     * What is counted, with its own patience. An e-mail address slows down after three wrong passwords and locks
     * for a quarter of an hour after six; a client address (one phone, or many behind one carrier's or office's
     * address) may fail far more often before it waits, since many honest people can share it, but a client trying
     * address after address is slowed all the same.
     */
    enum Scope {
        EMAIL(3, 6, Duration.ofHours(24)),
        CLIENT(20, 30, Duration.ofHours(1));

        static final Duration FIRST_WAIT = Duration.ofSeconds(15);
        static final Duration LOCK_DURATION = Duration.ofMinutes(15);

        private final int slowDownAfter;
        private final int lockAfter;
        private final Duration forgetAfter;

        Scope(int slowDownAfter, int lockAfter, Duration forgetAfter) {
            this.slowDownAfter = slowDownAfter;
            this.lockAfter = lockAfter;
            this.forgetAfter = forgetAfter;
        }

        int slowDownAfter() {
            return slowDownAfter;
        }

        int lockAfter() {
            return lockAfter;
        }

        Duration forgetAfter() {
            return forgetAfter;
        }

        /** The wait after this many wrong passwords in a row: none, then doubling from 15 s, then the lock. */
        Optional<Duration> waitAfter(int failures) {
            if (failures >= lockAfter) {
                return Optional.of(LOCK_DURATION);
            }
            if (failures < slowDownAfter) {
                return Optional.empty();
            }
            int doublings = Math.min(failures - slowDownAfter, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            return Optional.of(wait.compareTo(LOCK_DURATION) > 0 ? LOCK_DURATION : wait);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    private Scope scope;

    @Id
    private String keyHash;

    private int failures;
    private Instant waitsUntil;
    private Instant lastFailureAt;

    protected SignInThrottle() {
    }

    SignInThrottle(Scope scope, String keyHash) {
        this.scope = scope;
        this.keyHash = keyHash;
    }

    void recordFailure(Instant now) {
        if (lastFailureAt != null && !lastFailureAt.plus(scope.forgetAfter()).isAfter(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        scope.waitAfter(failures).ifPresent(wait -> waitsUntil = now.plus(wait));
    }

    /** How long the next try must still wait, if it must; {@code lockedOut} once the count reached the lock. */
    Optional<SignInAttempts.Wait> waitAt(Instant now) {
        if (waitsUntil == null || !waitsUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new SignInAttempts.Wait(Duration.between(now, waitsUntil),
                failures >= scope.lockAfter(), scope == Scope.CLIENT));
    }

    int failures() {
        return failures;
    }

    /** The composite key: the scope and the hash of what is counted. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Scope scope;
        private String keyHash;

        protected Key() {
        }

        Key(Scope scope, String keyHash) {
            this.scope = scope;
            this.keyHash = keyHash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.scope == scope && Objects.equals(key.keyHash, keyHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, keyHash);
        }
    }
}
