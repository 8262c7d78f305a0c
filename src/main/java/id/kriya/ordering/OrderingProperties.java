package id.kriya.ordering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a buyer has to pay before the pieces go back on sale, how long after arrival an order completes
 * by itself unless the buyer confirms first, and within how many days of payment a shop promises to ship what it
 * has ready (a made-to-order piece's own lead time is promised when longer).
 */
@ConfigurationProperties("kriya.ordering")
record OrderingProperties(@DefaultValue("PT24H") Duration payWithin, @DefaultValue("P2D") Duration completeAfter,
                          @DefaultValue("PT30S") Duration duePollInterval, @DefaultValue("2") int handlingDays) {
}
