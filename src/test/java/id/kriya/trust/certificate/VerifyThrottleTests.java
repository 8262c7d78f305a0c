package id.kriya.trust.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class VerifyThrottleTests {

    static final Instant NOON = Instant.parse("2026-06-01T04:00:00Z");

    @Test
    void tenMissesAreFreeThenEachMissWaitsTwiceAsLongUpToAQuarterOfAnHour() {
        for (int misses = 0; misses <= VerifyThrottle.FREE_MISSES; misses++) {
            assertThat(VerifyThrottle.waitAfter(misses)).isEmpty();
        }
        assertThat(VerifyThrottle.waitAfter(11)).contains(Duration.ofSeconds(15));
        assertThat(VerifyThrottle.waitAfter(12)).contains(Duration.ofSeconds(30));
        assertThat(VerifyThrottle.waitAfter(13)).contains(Duration.ofMinutes(1));
        assertThat(VerifyThrottle.waitAfter(17)).contains(Duration.ofMinutes(15));
        assertThat(VerifyThrottle.waitAfter(5_000)).contains(Duration.ofMinutes(15));
    }

    @Test
    void theCountStartsAgainAfterAnHourWithoutAMiss() {
        VerifyThrottle throttle = new VerifyThrottle();
        for (int i = 0; i < 11; i++) {
            throttle.recordMiss(NOON);
        }
        assertThat(throttle.waitAt(NOON)).contains(Duration.ofSeconds(15));
        assertThat(throttle.waitAt(NOON.plusSeconds(15))).isEmpty();

        throttle.recordMiss(NOON.plus(Duration.ofHours(1)));
        assertThat(throttle.misses()).isEqualTo(1);
        assertThat(throttle.waitAt(NOON.plus(Duration.ofHours(1)))).isEmpty();
    }
}
