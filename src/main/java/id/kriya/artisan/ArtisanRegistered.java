package id.kriya.artisan;

/** A business was registered (or resubmitted) and now waits for its council. */
public record ArtisanRegistered(long businessId, long ownerId, String regionCode) {
}
