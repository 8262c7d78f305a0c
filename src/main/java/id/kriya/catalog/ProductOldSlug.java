package id.kriya.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address a product had before it was renamed; it redirects to the product's address now. */
@Entity
@Table(name = "catalog_product_old_slug")
class ProductOldSlug {

    @Id
    private String slug;
    private long productId;
    private Instant retiredAt;

    protected ProductOldSlug() {
    }

    ProductOldSlug(String slug, long productId, Instant retiredAt) {
        this.slug = slug;
        this.productId = productId;
        this.retiredAt = retiredAt;
    }

    String slug() {
        return slug;
    }

    long productId() {
        return productId;
    }
}
