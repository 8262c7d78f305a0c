package id.kriya.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The rating of a whole shop, summed over its products' reviews: what the shop's page shows. Moved with the product's
 * rating in the same transaction, its row locked, so that reviews of two products of one shop written at once both
 * count.
 */
@Entity
@Table(name = "catalog_shop_rating")
class ShopRating {

    @Id
    @Column(name = "business_id")
    private Long businessId;

    private int reviewCount;
    private long asPicturedTotal;
    private long qualityTotal;
    private long serviceTotal;
    private Instant updatedAt;

    protected ShopRating() {
    }

    Rating rating() {
        return new Rating(reviewCount, asPicturedTotal, qualityTotal, serviceTotal);
    }

    void rated(Rating.Scores scores, Instant now) {
        set(rating().plus(scores), now);
    }

    void unrated(Rating.Scores scores, Instant now) {
        set(rating().minus(scores), now);
    }

    private void set(Rating rating, Instant now) {
        reviewCount = rating.count();
        asPicturedTotal = rating.asPicturedTotal();
        qualityTotal = rating.qualityTotal();
        serviceTotal = rating.serviceTotal();
        updatedAt = now;
    }
}
