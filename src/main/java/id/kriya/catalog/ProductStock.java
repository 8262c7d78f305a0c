package id.kriya.catalog;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pieces taken for an order or a booth sale, and put back when the sale falls through. Always inside the caller's
 * transaction (an order and the pieces it takes commit together or not at all), with the product's row locked so
 * that buyers of the same piece queue and exactly one gets the last one.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@NamedInterface("api")
public class ProductStock {

    private final ProductLocks products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductStock(ProductLocks products, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes pieces of a product on sale and returns it as it was sold (title, price …) for the caller to keep.
     *
     * @throws NotEnoughStockException when fewer are for sale, saying how many are
     * @throws ProductNotFoundException when there is no such product
     */
    public ProductView take(long productId, int pieces) {
        if (pieces < 1) {
            throw new IllegalArgumentException("Pieces must be positive: " + pieces);
        }
        Product product = products.locked(productId).orElseThrow(ProductNotFoundException::new);
        ProductView before = product.toView();
        if (product.available() < pieces) {
            throw new NotEnoughStockException(productId, product.available());
        }
        product.takeFromStock(pieces, clock.instant());
        if (product.status() == ProductStatus.SOLD_OUT) {
            events.publishEvent(new ProductSoldOut(product.id(), product.businessId()));
        }
        return before;
    }

    /** Puts back pieces of a sale that will not happen (an unpaid order expired, an order cancelled). */
    public void putBack(long productId, int pieces) {
        products.locked(productId).ifPresent(product -> product.returnToStock(pieces, clock.instant()));
    }
}
