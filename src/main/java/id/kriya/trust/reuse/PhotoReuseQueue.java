package id.kriya.trust.reuse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.BusinessStatus;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductModeration;
import id.kriya.catalog.ProductRuleException;
import id.kriya.catalog.ProductView;
import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import id.kriya.council.OfficerView;
import id.kriya.media.PhotoId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' queue of photos used twice, for the areas of each officer's council (a regency officer their
 * regency, a province officer all of its regencies), and their decisions: fine, or hide the product with a reason the
 * artisan reads (through the catalog, which tells the artisan), or put back a product hidden for it. A row elsewhere
 * does not exist for them.
 */
@Service
@Transactional
public class PhotoReuseQueue {

    private final PhotoReuses reuses;
    private final ProductCatalog catalog;
    private final ProductModeration moderation;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final Clock clock;

    PhotoReuseQueue(PhotoReuses reuses, ProductCatalog catalog, ProductModeration moderation,
                    ArtisanManagement artisans, CouncilManagement councils, Clock clock) {
        this.reuses = reuses;
        this.catalog = catalog;
        this.moderation = moderation;
        this.artisans = artisans;
        this.councils = councils;
        this.clock = clock;
    }

    /** The rows of the officer's areas in this state, newest first. */
    @Transactional(readOnly = true)
    public Page<PhotoReuseView> inJurisdiction(long officerId, PhotoReuseStatus status, Pageable pageable) {
        Page<PhotoReuse> page = reuses.findByRegionCodeInAndStatusOrderByFoundAtDescIdDesc(regionsOf(officerId),
                status, pageable);
        return new PageImpl<>(views(page.getContent()), pageable, page.getTotalElements());
    }

    /** How many wait for a decision in the officer's areas. */
    @Transactional(readOnly = true)
    public long openCount(long officerId) {
        Set<String> regions = regionsOf(officerId);
        return regions.isEmpty() ? 0 : reuses.countByRegionCodeInAndStatus(regions, PhotoReuseStatus.OPEN);
    }

    /** @throws PhotoReuseNotFoundException when there is no such row in the officer's areas */
    @Transactional(readOnly = true)
    public PhotoReuseView find(long officerId, long reuseId) {
        return views(List.of(inside(officerId, reuseId))).get(0);
    }

    /**
     * The photo is fine where it is (the same cooperative, a shared photographer, …).
     *
     * @throws ReuseRuleException when it was decided already or the note is too long
     */
    public void clear(long officerId, long reuseId, String note) {
        inside(officerId, reuseId).clear(officerId, note, clock.instant());
    }

    /**
     * Hides the uploader's product with this reason, which the artisan reads and answers by changing the product.
     *
     * @throws ReuseRuleException when it was decided already or the reason does not say enough
     * @throws ProductRuleException when the product is not on the site (a draft, hidden already)
     */
    public void hideProduct(long officerId, long reuseId, String reason) {
        PhotoReuse reuse = inside(officerId, reuseId);
        reuse.productHidden(officerId, reason, clock.instant());
        moderation.hide(officerId, reuse.productId(), reason);
    }

    /**
     * Puts back the product hidden for this photo, unchanged: the photo was fine after all.
     *
     * @throws ReuseRuleException when the product was not hidden for it
     * @throws ProductRuleException when the product is no longer hidden (the artisan changed and resubmitted it)
     */
    public void restoreProduct(long officerId, long reuseId) {
        PhotoReuse reuse = inside(officerId, reuseId);
        reuse.productRestored(officerId, clock.instant());
        moderation.restore(officerId, reuse.productId());
    }

    private List<PhotoReuseView> views(List<PhotoReuse> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ProductView> products = catalog.findAll(rows.stream()
                        .flatMap(row -> Stream.of(row.productId(), row.otherProductId())).distinct().toList())
                .stream().collect(Collectors.toMap(ProductView::id, Function.identity()));
        Map<Long, ArtisanProfile> businesses = artisans.findAll(rows.stream()
                .flatMap(row -> Stream.of(row.businessId(), row.otherBusinessId())).distinct().toList());
        Map<Long, String> officers = officerNames(rows.stream().map(PhotoReuse::decidedBy).toList());
        List<PhotoReuseView> views = new ArrayList<>();
        for (PhotoReuse row : rows) {
            views.add(new PhotoReuseView(row.id(), row.status(),
                    listing(row.photoId(), row.productId(), row.businessId(), products, businesses),
                    listing(row.otherPhotoId(), row.otherProductId(), row.otherBusinessId(), products, businesses),
                    row.otherFirstAt(), row.distance(), row.foundAt(), row.decidedAt(),
                    row.decidedBy() == null ? null : officers.get(row.decidedBy()), row.note()));
        }
        return views;
    }

    private static PhotoReuseView.Listing listing(UUID photo, long productId, long businessId,
                                                  Map<Long, ProductView> products,
                                                  Map<Long, ArtisanProfile> businesses) {
        ProductView product = products.get(productId);
        ArtisanProfile business = businesses.get(businessId);
        return new PhotoReuseView.Listing(new PhotoId(photo), productId, product == null ? null : product.title(),
                product != null && product.isPublic() ? product.slug() : null,
                product == null ? null : product.status(), businessId, business == null ? null : business.name(),
                business != null && business.status() == BusinessStatus.VERIFIED ? business.slug() : null);
    }

    private Map<Long, String> officerNames(Collection<Long> userIds) {
        return userIds.stream().filter(Objects::nonNull).distinct()
                .flatMap(id -> councils.officerOf(id).stream())
                .collect(Collectors.toMap(OfficerView::userId, OfficerView::displayName));
    }

    private PhotoReuse inside(long officerId, long reuseId) {
        return reuses.findByIdAndRegionCodeIn(reuseId, regionsOf(officerId))
                .orElseThrow(PhotoReuseNotFoundException::new);
    }

    private Set<String> regionsOf(long officerId) {
        return councils.jurisdictionOf(officerId).map(Jurisdiction::regionCodes).orElse(Set.of());
    }
}
