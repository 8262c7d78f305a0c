package id.kriya.trust.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderNotFoundException;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderView;
import org.springframework.stereotype.Component;

/**
 * Orders as reviews see them: whose they are (the ordering module decides: the account that placed it, or whoever
 * holds a guest order's checkout key), whether they completed and since when, and so until when their pieces may
 * be reviewed.
 */
@Component
class ReviewableOrders {

    private final OrderManagement orders;
    private final ArtisanManagement artisans;
    private final Reviews reviews;
    private final ReviewProperties properties;
    private final Clock clock;

    ReviewableOrders(OrderManagement orders, ArtisanManagement artisans, Reviews reviews, ReviewProperties properties,
                     Clock clock) {
        this.orders = orders;
        this.artisans = artisans;
        this.reviews = reviews;
        this.properties = properties;
        this.clock = clock;
    }

    /** The buyer's order; someone else's, or none, is not found. */
    OrderView ofBuyer(long userId, String key, String number) {
        try {
            return orders.forBuyer(new BuyerAccess(userId, key), number);
        } catch (OrderNotFoundException e) {
            throw new ReviewNotFoundException();
        }
    }

    /** When the order's time for reviews ends: {@code open-for} after it completed; empty while not completed. */
    Optional<Instant> openUntil(OrderView order) {
        if (order.status() != OrderStatus.COMPLETED) {
            return Optional.empty();
        }
        return order.steps().stream().filter(step -> step.status() == OrderStatus.COMPLETED)
                .map(step -> step.at().plus(properties.openFor())).findFirst();
    }

    /**
     * The line the buyer may review now, or why not: the order must be theirs and completed, the line in it, the time
     * for reviews not over, the line not yet reviewed, and the buyer not of the shop that sold it.
     */
    ReviewedLine writableLine(long userId, String key, String number, long productId) {
        OrderView order = ofBuyer(userId, key, number);
        OrderView.Line line = order.lines().stream().filter(candidate -> candidate.productId() == productId)
                .findFirst().orElseThrow(ReviewNotFoundException::new);
        Instant until = openUntil(order).orElseThrow(() -> new ReviewRuleException("trust.review.rule.notCompleted"));
        if (artisans.isMember(userId, order.businessId())) {
            throw new ReviewRuleException("trust.review.rule.ownShop");
        }
        if (reviews.findByOrderIdAndProductId(order.id(), line.productId()).isPresent()) {
            throw new ReviewRuleException("trust.review.rule.once");
        }
        if (!clock.instant().isBefore(until)) {
            throw new ReviewRuleException("trust.review.rule.closed");
        }
        String regionCode = artisans.find(order.businessId()).map(ArtisanProfile::regionCode)
                .orElseThrow(ReviewNotFoundException::new);
        return new ReviewedLine(order.id(), order.number(), line.productId(), order.businessId(), regionCode, until);
    }
}
