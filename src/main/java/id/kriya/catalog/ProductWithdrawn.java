package id.kriya.catalog;

/** A public product left the site by the artisan's hand: back to draft or archived. */
public record ProductWithdrawn(long productId, long businessId, ProductStatus status) {
}
