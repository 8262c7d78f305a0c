package id.kriya.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import id.kriya.account.signin.SignInThrottle.Scope;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    static final Instant NOON = Instant.parse("2026-01-15T04:00:00Z");

    @Test
    void anAddressWaitsFifteenSecondsAfterThreeWrongPasswordsDoublingUntilTheLock() {
        assertThat(Scope.EMAIL.waitAfter(2)).isEmpty();
        assertThat(Scope.EMAIL.waitAfter(3)).contains(Duration.ofSeconds(15));
        assertThat(Scope.EMAIL.waitAfter(4)).contains(Duration.ofSeconds(30));
        assertThat(Scope.EMAIL.waitAfter(5)).contains(Duration.ofSeconds(60));
        assertThat(Scope.EMAIL.waitAfter(6)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aClientMayFailFarMoreOftenButNeverWaitsLongerThanTheLock() {
        assertThat(Scope.CLIENT.waitAfter(19)).isEmpty();
        assertThat(Scope.CLIENT.waitAfter(20)).contains(Duration.ofSeconds(15));
        assertThat(Scope.CLIENT.waitAfter(27)).contains(Duration.ofMinutes(15));
        assertThat(Scope.CLIENT.waitAfter(1_000)).contains(Duration.ofMinutes(15));
    }

    @Test
    void theCountStartsAgainOnceNoWrongPasswordCameForADay() {
        SignInThrottle throttle = new SignInThrottle(Scope.EMAIL, "k");
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(NOON);
        }
        assertThat(throttle.waitAt(NOON)).hasValueSatisfying(wait -> assertThat(wait.lockedOut()).isTrue());
        assertThat(throttle.waitAt(NOON.plus(Duration.ofMinutes(15)))).isEmpty();

        throttle.recordFailure(NOON.plus(Duration.ofHours(23)));
        assertThat(throttle.failures()).isEqualTo(7);
        throttle.recordFailure(NOON.plus(Duration.ofHours(48)));
        assertThat(throttle.failures()).isEqualTo(1);
        assertThat(throttle.waitAt(NOON.plus(Duration.ofHours(48)))).isEmpty();
    }

    @Test
    void oneClientKeyPerIpv6NetworkAndPerIpv4Address() {
        assertThat(SignInAttempts.clientKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignInAttempts.clientKey("2001:0db8:0001:0002:ffff:ffff:ffff:fffe"));
        assertThat(SignInAttempts.clientKey("2001:db8:1:2::1")).isNotEqualTo(SignInAttempts.clientKey("2001:db8:1:3::1"));
        assertThat(SignInAttempts.clientKey("203.0.113.7")).isNotEqualTo(SignInAttempts.clientKey("203.0.113.8"));
        assertThat(SignInAttempts.clientKey(null)).isEmpty();
    }

    @Test
    void anAddressIsCountedHoweverItIsTyped() {
        assertThat(SignInAttempts.emailKey(" Made@Contoh.ID ")).isEqualTo(SignInAttempts.emailKey("made@contoh.id"));
        assertThat(SignInAttempts.emailKey("made@contoh.id")).hasSize(64).doesNotContain("made");
    }
}
