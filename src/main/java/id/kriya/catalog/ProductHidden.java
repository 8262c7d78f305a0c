package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/** A council officer took a product off the public site; the artisan should hear why. */
@NamedInterface("api")
public record ProductHidden(long productId, long businessId, String regionCode, long officerId, String reason) {
}
