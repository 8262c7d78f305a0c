package id.kriya.artisan;

/** A council officer sent a business back, saying why, so the owner can fix it and resubmit. */
public record ArtisanRejected(long businessId, long officerId, String reason) {
}
