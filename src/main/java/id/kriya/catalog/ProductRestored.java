package id.kriya.catalog;

/** A council officer put a product they had hidden back on the site, unchanged. */
public record ProductRestored(long productId, long businessId, String regionCode, long officerId) {
}
