package id.kriya.trust;

/**
 * A council officer took a review off the product's page for breaking the rules, saying why; its author (null once
 * they left Kriya) is told the reason, and the review no longer counts in the product's rating.
 */
public record ReviewHidden(long reviewId, String orderNumber, long productId, long businessId, Long authorUserId,
                           long officerUserId, String reason) {
}
