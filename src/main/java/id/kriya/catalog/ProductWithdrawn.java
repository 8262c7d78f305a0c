package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/** A public product left the site by the artisan's hand: back to draft or archived. */
@NamedInterface("api")
public record ProductWithdrawn(long productId, long businessId, ProductStatus status) {
}
