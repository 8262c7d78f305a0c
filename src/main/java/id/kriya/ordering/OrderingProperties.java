package id.kriya.ordering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a buyer has to pay before the pieces go back on sale, and how long after arrival an order completes
 * by itself unless the buyer confirms first.
 */
@ConfigurationProperties("kriya.ordering")
record OrderingProperties(@DefaultValue("PT24H") Duration payWithin, @DefaultValue("P2D") Duration completeAfter,
                          @DefaultValue("PT30S") Duration duePollInterval) {
}
