package id.kriya.trust;

import java.time.Instant;

/**
 * The artisan answered a complaint: accepted what the buyer asked, offered something else (the buyer answers by
 * {@code dueAt}), or rejected it. {@code remedy} and {@code refund} are what was accepted or offered; null and 0
 * for a rejection.
 */
public record ComplaintAnswered(String number, String orderNumber, long businessId, String regionCode, Answer answer,
                                Remedy remedy, long refund, Instant dueAt) {

    public enum Answer {
        ACCEPTED, OFFERED, REJECTED
    }
}
