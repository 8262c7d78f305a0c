package id.kriya.trust.complaint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The times of a complaint, each from the step before it: opening after arrival, the artisan's answer, the buyer's
 * answer to an offer, the officer's decision (a target shown in the queue), sending a return, receiving it, paying
 * a refund, sending a replacement, and confirming it arrived. Keep {@code openWithin} no longer than ordering's
 * {@code complete-after}: an order completed by itself can no longer be complained of.
 */
@ConfigurationProperties("kriya.trust.complaint")
record ComplaintProperties(@DefaultValue("P2D") Duration openWithin, @DefaultValue("P2D") Duration answerWithin,
                           @DefaultValue("P2D") Duration buyerAnswerWithin, @DefaultValue("P3D") Duration decideWithin,
                           @DefaultValue("P3D") Duration returnWithin, @DefaultValue("P14D") Duration receiveWithin,
                           @DefaultValue("P2D") Duration refundWithin, @DefaultValue("P3D") Duration replaceWithin,
                           @DefaultValue("PT1M") Duration duePollInterval) {
}
