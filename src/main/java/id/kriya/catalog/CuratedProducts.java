package id.kriya.catalog;

import java.time.Clock;
import java.util.Collection;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "curated" mark: curation calls this when it confirms a selection, inside its own transaction, so the mark and
 * the selection commit together. The mark stays once given; the search index follows the product's change.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@NamedInterface("api")
public class CuratedProducts {

    private final Products products;
    private final Clock clock;

    CuratedProducts(Products products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    public void mark(Collection<Long> productIds) {
        products.findAllById(productIds).forEach(product -> product.markCurated(clock.instant()));
    }
}
