package id.kriya.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.StaffMember;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's photos for the artisan who sells it: which, in what order, the first being the cover. A photo is
 * attached only when a member of the product's business uploaded it, so a photo uploaded by staff serves the
 * business's products and nobody attaches another business's photo by sending its id. Uploading itself happens
 * before, outside any transaction (the product pages upload several files, then attach them here).
 */
@Service
@Transactional
@NamedInterface("api")
public class ProductPhotos {

    private final Products products;
    private final ProductManagement management;
    private final ArtisanManagement artisans;
    private final MediaLibrary media;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductPhotos(Products products, ProductManagement management, ArtisanManagement artisans, MediaLibrary media,
                  ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.management = management;
        this.artisans = artisans;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    /** The product's photos in their order, the cover first. */
    @Transactional(readOnly = true)
    public List<Photo> of(long userId, long productId) {
        return inOrder(own(userId, productId).toView().photoIds());
    }

    /**
     * Refuses before anything is uploaded when the product has no room for this many more photos.
     *
     * @throws ProductNotFoundException when the product is not one of the person's business
     */
    @Transactional(readOnly = true)
    public void checkRoomFor(long userId, long productId, int count) {
        if (own(userId, productId).photoCount() + count > Product.MAX_PHOTOS) {
            throw new ProductRuleException("photos", "catalog.photos.tooMany");
        }
    }

    /**
     * Adds the photos at the end, all or none, and tells other modules which were new to the product
     * ({@link ProductPhotosAdded}).
     *
     * @throws ProductNotFoundException when the product, or any of the photos, is not the person's business's
     */
    public void attach(long userId, long productId, List<PhotoId> photos) {
        Product product = own(userId, productId);
        List<Long> members = members(product.businessId());
        List<PhotoId> added = new ArrayList<>();
        for (PhotoId photo : photos) {
            if (members.stream().noneMatch(member -> media.isOwnedBy(photo, member))) {
                throw new ProductNotFoundException();
            }
            if (!product.hasPhoto(photo)) {
                added.add(photo);
            }
            product.addPhoto(photo, clock.instant());
        }
        if (!added.isEmpty()) {
            events.publishEvent(new ProductPhotosAdded(product.id(), product.businessId(), product.regionCode(), added));
        }
    }

    public void remove(long userId, long productId, PhotoId photo) {
        own(userId, productId).removePhoto(photo, clock.instant());
    }

    /** One place towards the cover ({@code earlier}) or away from it. */
    public void move(long userId, long productId, PhotoId photo, boolean earlier) {
        own(userId, productId).movePhoto(photo, earlier ? -1 : 1, clock.instant());
    }

    /** The covers of a page of products, in one query. */
    @Transactional(readOnly = true)
    public Map<PhotoId, Photo> covers(Collection<ProductView> page) {
        return media.findAll(page.stream().map(ProductView::coverId).filter(Objects::nonNull).toList());
    }

    /** The photos of one product in its order; a photo the media library no longer has is left out. */
    @Transactional(readOnly = true)
    public List<Photo> inOrder(List<PhotoId> ids) {
        Map<PhotoId, Photo> found = media.findAll(ids);
        List<Photo> ordered = new ArrayList<>();
        ids.stream().map(found::get).filter(Objects::nonNull).forEach(ordered::add);
        return ordered;
    }

    /** The owner and the accepted staff of the business: whoever of them uploaded a photo, it is the business's. */
    private List<Long> members(long businessId) {
        Long owner = artisans.ownerOf(businessId).orElseThrow(ProductNotFoundException::new);
        return Stream.concat(Stream.of(owner), artisans.staff(owner).stream().map(StaffMember::userId))
                .filter(member -> artisans.isMember(member, businessId))
                .toList();
    }

    private Product own(long userId, long productId) {
        return products.findByIdAndBusinessId(productId, management.businessOf(userId).id())
                .orElseThrow(ProductNotFoundException::new);
    }
}
