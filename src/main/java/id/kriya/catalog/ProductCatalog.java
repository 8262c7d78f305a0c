package id.kriya.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.kriya.media.PhotoId;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public products only (published or sold out): what visitors, the site and later modules may show. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ProductCatalog {

    static final Set<ProductStatus> PUBLIC = EnumSet.of(ProductStatus.PUBLISHED, ProductStatus.SOLD_OUT);

    private final Products products;
    private final ProductOldSlugs oldSlugs;
    private final ShopRatings shopRatings;

    ProductCatalog(Products products, ProductOldSlugs oldSlugs, ShopRatings shopRatings) {
        this.products = products;
        this.oldSlugs = oldSlugs;
        this.shopRatings = shopRatings;
    }

    /**
     * A public product by its address; drafts, hidden and archived ones do not exist for the public. Looked up by
     * slug alone and filtered here: a query with a list parameter is planned again on every call, and this one
     * runs for every product page.
     */
    public Optional<ProductView> published(String slug) {
        return products.findBySlug(slug).filter(product -> PUBLIC.contains(product.status())).map(Product::toView);
    }

    /**
     * The address now of a public product that was renamed away from {@code oldSlug}; empty when the address was
     * never a product's, or its product is not public now.
     */
    public Optional<String> renamedFrom(String oldSlug) {
        return oldSlugs.findById(oldSlug).flatMap(old -> products.findById(old.productId()))
                .filter(product -> PUBLIC.contains(product.status())).map(Product::slug);
    }

    /** A product in whatever state, for other modules that hold its id (an event, an order line). */
    public Optional<ProductView> find(long productId) {
        return products.findById(productId).map(Product::toView);
    }

    /** Several products in whatever state, in one query (a cart, an order); ids without a product are left out. */
    public List<ProductView> findAll(Collection<Long> productIds) {
        return products.findAllById(productIds).stream().map(Product::toView).toList();
    }

    /**
     * The products, in whatever state, that show any of these photos, by photo; a photo no product shows is absent.
     * One query through the photos' own index.
     */
    public Map<PhotoId, List<ProductView>> showing(Collection<PhotoId> photos) {
        if (photos.isEmpty()) {
            return Map.of();
        }
        Map<PhotoId, List<ProductView>> byPhoto = new LinkedHashMap<>();
        for (Product product : products.findShowingAny(photos.stream().map(PhotoId::value).toList())) {
            ProductView view = product.toView();
            view.photoIds().stream().filter(photos::contains)
                    .forEach(photo -> byPhoto.computeIfAbsent(photo, any -> new ArrayList<>()).add(view));
        }
        return byPhoto;
    }

    /** A business's public products, newest first: its shop. */
    public Page<ProductView> shop(long businessId, Pageable pageable) {
        Pageable capped = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 50));
        return products.findByBusinessIdAndStatusInOrderByPublishedAtDescIdDesc(businessId, PUBLIC, capped)
                .map(Product::toView);
    }

    /** What buyers said of all the business's products together; {@link Rating#NONE} before its first review. */
    public Rating shopRating(long businessId) {
        return shopRatings.findById(businessId).map(ShopRating::rating).orElse(Rating.NONE);
    }
}
