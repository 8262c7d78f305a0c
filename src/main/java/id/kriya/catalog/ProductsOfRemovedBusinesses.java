package id.kriya.catalog;

import id.kriya.artisan.BusinessRemoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A business that left the registry takes its products along: off the public pages and out of the search index
 * (deleted as entities, so the index hears of it).
 */
@Component
class ProductsOfRemovedBusinesses {

    private final Products products;

    ProductsOfRemovedBusinesses(Products products) {
        this.products = products;
    }

    @ApplicationModuleListener
    void on(BusinessRemoved removed) {
        products.deleteAll(products.findByBusinessIdOrderByIdAsc(removed.businessId()));
    }
}
