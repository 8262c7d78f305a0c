package id.kriya.trust.review;

import java.time.Instant;

/**
 * The line of a completed order a review is about, as the ordering and artisan modules know it: which order, which
 * product of which business (and its region, for the council that looks after it), and when the order's time for
 * reviews ends.
 */
record ReviewedLine(long orderId, String orderNumber, long productId, long businessId, String regionCode,
                    Instant openUntil) {
}
