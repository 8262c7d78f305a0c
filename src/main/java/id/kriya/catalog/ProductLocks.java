package id.kriya.catalog;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * A product read afresh with its row locked, for changes that must queue (pieces taken for a sale, a rating moved by
 * a review). Refreshed rather than looked up: the caller may have read it earlier in this transaction (a cart, say),
 * and that copy may be older than the row another transaction just changed.
 */
@Component
class ProductLocks {

    @PersistenceContext
    private EntityManager entityManager;

    private final Products products;

    ProductLocks(Products products) {
        this.products = products;
    }

    Optional<Product> locked(long productId) {
        Optional<Product> product = products.findById(productId);
        product.ifPresent(found -> entityManager.refresh(found, LockModeType.PESSIMISTIC_WRITE));
        return product;
    }
}
