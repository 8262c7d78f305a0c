package id.kriya.catalog;

/** The last piece of a stocked product went. */
public record ProductSoldOut(long productId, long businessId) {
}
