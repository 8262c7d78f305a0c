package id.kriya.platform;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that tests can move time instead of waiting for it. An offset
 * ({@code KRIYA_CLOCK_OFFSET=P400D}) runs the whole of Kriya, demo data included, as if it were another day: the way
 * to see tomorrow's Kriya today, since the machine's own clock is not ours to move.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(@Value("${kriya.clock.offset:PT0S}") Duration offset) {
        if (offset.isZero()) {
            return Clock.systemUTC();
        }
        log.warn("Kriya's clock runs {} away from the machine's: every date Kriya shows and keeps is moved", offset);
        return Clock.offset(Clock.systemUTC(), offset);
    }
}
