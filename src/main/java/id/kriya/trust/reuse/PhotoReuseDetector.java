package id.kriya.trust.reuse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductPhotosAdded;
import id.kriya.catalog.ProductView;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import id.kriya.media.SimilarPhoto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Looks at each photo a business puts on a product: the media library finds the photos that look the same through
 * its hash band indexes (a few index probes, whatever the number of photos), the catalog says which products show
 * them, and each other business showing one becomes a row in the queue of the officers of the uploader's area,
 * naming that business's earliest photo of it. Runs after the upload is committed, in its own transaction; the upload
 * itself is never held up or refused.
 */
@Component
class PhotoReuseDetector {

    /** Photos compared at most per upload: the earliest that look the same, enough for {@code shopsPerPhoto} shops. */
    static final int CANDIDATES = 200;
    private static final Logger log = LoggerFactory.getLogger(PhotoReuseDetector.class);

    private final PhotoReuses reuses;
    private final MediaLibrary media;
    private final ProductCatalog catalog;
    private final ReuseProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhotoReuseDetector(PhotoReuses reuses, MediaLibrary media, ProductCatalog catalog, ReuseProperties properties,
                       ApplicationEventPublisher events, Clock clock) {
        this.reuses = reuses;
        this.media = media;
        this.catalog = catalog;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProductPhotosAdded added) {
        Map<PhotoId, Photo> uploaded = media.findAll(added.photos());
        for (PhotoId photo : added.photos()) {
            if (uploaded.containsKey(photo)) {
                check(added, photo);
            }
        }
    }

    private void check(ProductPhotosAdded added, PhotoId photo) {
        List<SimilarPhoto> similar = media.similarTo(photo, properties.maxDistance(), CANDIDATES);
        if (similar.isEmpty()) {
            return;
        }
        Map<PhotoId, List<ProductView>> shownBy = catalog.showing(similar.stream().map(SimilarPhoto::id).toList());
        // The earliest sighting in each other business: its photo, the product showing it, when it was uploaded.
        Map<Long, Sighting> firstByBusiness = new LinkedHashMap<>();
        for (SimilarPhoto match : similar) {
            for (ProductView product : shownBy.getOrDefault(match.id(), List.of())) {
                if (product.businessId() != added.businessId()) {
                    firstByBusiness.merge(product.businessId(), new Sighting(match, product),
                            (kept, next) -> next.match().uploadedAt().isBefore(kept.match().uploadedAt()) ? next : kept);
                }
            }
        }
        List<Sighting> earliest = new ArrayList<>(firstByBusiness.values());
        earliest.sort(Comparator.comparing(sighting -> sighting.match().uploadedAt()));
        for (Sighting other : earliest.subList(0, Math.min(earliest.size(), properties.shopsPerPhoto()))) {
            if (reuses.existsByPhotoIdAndOtherBusinessId(photo.value(), other.product().businessId())) {
                continue;
            }
            PhotoReuse reuse = reuses.save(new PhotoReuse(
                    new PhotoReuse.Sighting(photo.value(), added.productId(), added.businessId(), added.regionCode(),
                            clock.instant()),
                    new PhotoReuse.Sighting(other.match().id().value(), other.product().id(),
                            other.product().businessId(), other.product().regionCode(), other.match().uploadedAt()),
                    other.match().distance(), clock.instant()));
            events.publishEvent(new PhotoReuseFound(reuse.id(), added.productId(), added.businessId(),
                    added.regionCode(), other.product().businessId()));
            log.info("Photo {} of product {} looks like photo {} of business {} ({} bits apart)", photo,
                    added.productId(), other.match().id(), other.product().businessId(), other.match().distance());
        }
    }

    private record Sighting(SimilarPhoto match, ProductView product) {
    }
}
