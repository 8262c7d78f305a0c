package id.kriya.trust;

import java.time.Instant;

/**
 * A buyer opened a complaint on an order of this business (in this regency), which the artisan must answer by
 * {@code answerBy}.
 */
public record ComplaintOpened(String number, String orderNumber, long businessId, String regionCode,
                              ComplaintReason reason, Remedy asked, Instant answerBy) {
}
