package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/**
 * How far a business has come with its shop, for the artisan's setup list: a product with photos, and one on sale.
 */
@NamedInterface("api")
public record ShopProgress(boolean hasProductWithPhotos, boolean hasPublished) {
}
