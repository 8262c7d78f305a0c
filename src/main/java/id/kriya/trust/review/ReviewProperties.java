package id.kriya.trust.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long after an order completes its buyer may review its pieces ({@code open-for}, 30 days), and how long after
 * posting a review its author may change it, once ({@code editable-for}, 7 days).
 */
@ConfigurationProperties("kriya.trust.review")
record ReviewProperties(@DefaultValue("P30D") Duration openFor, @DefaultValue("P7D") Duration editableFor) {
}
