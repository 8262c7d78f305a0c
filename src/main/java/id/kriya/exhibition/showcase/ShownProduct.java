package id.kriya.exhibition.showcase;

import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.media.Photo;

/** A public product an exhibitor shows, with its cover (null while it has none). */
public record ShownProduct(ProductView product, Photo cover) {

    /** Sold out: still shown, no longer for sale. */
    public boolean isSoldOut() {
        return product.status() != ProductStatus.PUBLISHED;
    }
}
