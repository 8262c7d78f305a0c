package id.kriya.catalog;

import java.time.Clock;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings that buyers' reviews give products and shops, for the module that keeps the reviews (trust) to move
 * as a review is posted, changed, hidden or shown again: always inside its transaction, so a review and the rating
 * it moves commit together. The product's row, then its shop's, is locked for the change, so reviews written at
 * the same moment all count; the search index follows the product. Catalog shows the result on product pages,
 * cards, shop pages and in schema.org data without knowing what a review is.
 */
@NamedInterface("api")
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ProductRatings {

    private final ProductLocks products;
    private final ShopRatings shops;
    private final Clock clock;

    ProductRatings(ProductLocks products, ShopRatings shops, Clock clock) {
        this.products = products;
        this.shops = shops;
        this.clock = clock;
    }

    /** A review now counts. A product that no longer exists (its business left) has nothing to rate. */
    public void add(long productId, Rating.Scores scores) {
        products.locked(productId).ifPresent(product -> {
            product.rated(scores);
            shopOf(product).rated(scores, clock.instant());
        });
    }

    /** A review that counts was changed by its author. */
    public void replace(long productId, Rating.Scores before, Rating.Scores after) {
        products.locked(productId).ifPresent(product -> {
            product.unrated(before);
            product.rated(after);
            ShopRating shop = shopOf(product);
            shop.unrated(before, clock.instant());
            shop.rated(after, clock.instant());
        });
    }

    /** A review that counted no longer does (a council hid it). */
    public void withdraw(long productId, Rating.Scores scores) {
        products.locked(productId).ifPresent(product -> {
            product.unrated(scores);
            shopOf(product).unrated(scores, clock.instant());
        });
    }

    private ShopRating shopOf(Product product) {
        shops.ensure(product.businessId(), clock.instant());
        return shops.lock(product.businessId()).orElseThrow();
    }
}
