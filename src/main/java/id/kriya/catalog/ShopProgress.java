package id.kriya.catalog;

/**
 * How far a business has come with its shop, for the artisan's setup list: a product with photos, and one on sale.
 */
public record ShopProgress(boolean hasProductWithPhotos, boolean hasPublished) {
}
