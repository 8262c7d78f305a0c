package id.kriya.trust.certificate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Codes asked of /verify from one client network that matched no certificate, and how long its next look-up must
 * wait. {@value #FREE_MISSES} misses are free (a code mistyped from paper, retyped); after that each miss makes the
 * client wait, from {@link #FIRST_WAIT} doubling up to {@link #LONGEST_WAIT}. The count starts again once no miss
 * has come for {@link #FORGET_AFTER}. Honest visitors scan the QR code and never miss; a guesser gets a few dozen
 * tries an hour at most, against 2<sup>80</sup> codes.
 */
@Entity
@Table(name = "trust_verify_throttle")
class VerifyThrottle {

    static final int FREE_MISSES = 10;
    static final Duration FIRST_WAIT = Duration.ofSeconds(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Id
    private String keyHash;

    private int misses;
    private Instant waitsUntil;
    private Instant lastMissAt;

    protected VerifyThrottle() {
    }

    void recordMiss(Instant now) {
        if (lastMissAt != null && !lastMissAt.plus(FORGET_AFTER).isAfter(now)) {
            misses = 0;
            waitsUntil = null;
        }
        misses++;
        lastMissAt = now;
        waitAfter(misses).ifPresent(wait -> waitsUntil = now.plus(wait));
    }

    /** How long the next look-up must still wait, if it must. */
    Optional<Duration> waitAt(Instant now) {
        if (waitsUntil == null || !waitsUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, waitsUntil));
    }

    int misses() {
        return misses;
    }

    /** None for the free misses, then 15 s doubling with each miss, never more than a quarter of an hour. */
    static Optional<Duration> waitAfter(int misses) {
        if (misses <= FREE_MISSES) {
            return Optional.empty();
        }
        int doublings = Math.min(misses - FREE_MISSES - 1, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return Optional.of(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
}
