package id.kriya.catalog;

import java.time.Clock;
import java.util.Set;

import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a council officer does with products of their jurisdiction: see the public ones, hide one with a reason,
 * and put back one they hid. A product elsewhere does not exist for them.
 */
@Service
@Transactional
@NamedInterface("api")
public class ProductModeration {

    private final Products products;
    private final CouncilManagement councils;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductModeration(Products products, CouncilManagement councils, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    /** Public and hidden products of the officer's areas, newest first. */
    @Transactional(readOnly = true)
    public Page<ProductView> inJurisdiction(long officerId, Pageable pageable) {
        Set<String> regions = regionsOf(officerId);
        return products.findByRegionCodeInAndStatusInOrderByPublishedAtDescIdDesc(regions,
                Set.of(ProductStatus.PUBLISHED, ProductStatus.SOLD_OUT, ProductStatus.HIDDEN), pageable).map(Product::toView);
    }

    @Transactional(readOnly = true)
    public ProductView find(long officerId, long productId) {
        return inside(officerId, productId).toView();
    }

    public void hide(long officerId, long productId, String reason) {
        Product product = inside(officerId, productId);
        product.hide(officerId, reason, clock.instant());
        events.publishEvent(new ProductHidden(product.id(), product.businessId(), product.regionCode(), officerId,
                reason.strip()));
    }

    /**
     * Puts a product the council hid back on the site, as it was; the artisan need not change it first.
     *
     * @throws ProductRuleException when the product is not hidden
     * @throws ProductNotFoundException when it is outside the officer's areas
     */
    public void restore(long officerId, long productId) {
        Product product = inside(officerId, productId);
        product.restore(clock.instant());
        events.publishEvent(new ProductRestored(product.id(), product.businessId(), product.regionCode(), officerId));
    }

    private Product inside(long officerId, long productId) {
        return products.findByIdAndRegionCodeIn(productId, regionsOf(officerId)).orElseThrow(ProductNotFoundException::new);
    }

    private Set<String> regionsOf(long officerId) {
        return councils.jurisdictionOf(officerId).map(Jurisdiction::regionCodes).orElse(Set.of());
    }
}
