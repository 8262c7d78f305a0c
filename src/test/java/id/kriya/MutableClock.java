package id.kriya;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move forward instead of waiting: import {@link Configuration} next to {@code @KriyaWebTest}. Test
 * classes importing it share one context of their own.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void setTo(Instant instant) {
        now.set(instant);
    }

    /**
     * Brings the clock back to the real time when tests before left it ahead, and returns what it shows then: a
     * test class that moves the shared clock far ahead starts here and {@link #setTo sets it back} when done, so
     * what other tests create later is not older than what it made.
     */
    public Instant notAheadOfRealTime() {
        Instant real = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return now.updateAndGet(instant -> instant.isAfter(real) ? real : instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            // PostgreSQL keeps microseconds: starting on a whole one keeps waits read back from it exact.
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
    }
}
