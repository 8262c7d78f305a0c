package id.kriya.trust;

/**
 * A buyer reviewed a piece they bought: the line {@code productId} of order {@code orderNumber}, sold by
 * {@code businessId}, with its three scores (1 to 5). The artisan hears of it and may answer.
 */
public record ReviewPosted(long reviewId, String orderNumber, long productId, long businessId, long authorUserId,
                           int asPictured, int quality, int service) {
}
