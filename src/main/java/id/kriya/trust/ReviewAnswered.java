package id.kriya.trust;

/** The artisan answered a review in public; its author (null once they left Kriya) hears of it. */
public record ReviewAnswered(long reviewId, long productId, long businessId, Long authorUserId) {
}
