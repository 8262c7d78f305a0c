package id.kriya.artisan;

import org.springframework.modulith.NamedInterface;

/** A council officer sent a business back, saying why, so the owner can fix it and resubmit. */
@NamedInterface("api")
public record ArtisanRejected(long businessId, long officerId, String reason) {
}
