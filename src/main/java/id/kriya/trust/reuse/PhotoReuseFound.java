package id.kriya.trust.reuse;

/** A photo put on a product looks the same as another business's: officers of {@code regionCode} should look. */
public record PhotoReuseFound(long reuseId, long productId, long businessId, String regionCode, long otherBusinessId) {
}
