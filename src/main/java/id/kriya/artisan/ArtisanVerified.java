package id.kriya.artisan;

import org.springframework.modulith.NamedInterface;

/** A council officer verified a business: it is now a member and shows publicly. */
@NamedInterface("api")
public record ArtisanVerified(long businessId, long officerId, String regionCode) {
}
