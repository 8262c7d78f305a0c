package id.kriya.artisan;

/** A council officer verified a business: it is now a member and shows publicly. */
public record ArtisanVerified(long businessId, long officerId, String regionCode) {
}
