package id.kriya.catalog;

/** A council officer took a product off the public site; the artisan should hear why. */
public record ProductHidden(long productId, long businessId, String regionCode, long officerId, String reason) {
}
