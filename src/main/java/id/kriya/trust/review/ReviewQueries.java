package id.kriya.trust.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews as the pages read them: a product's (only those shown), a buyer's order with a review or a form for each
 * line, a shop's for its artisan, an area's for its officers. Each comes with the photos it shows (one query for the
 * whole page) and, where a list spans products, those products.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

    /** Reviews on the product's own page; the rest are a tap away. */
    static final int ON_PRODUCT_PAGE = 3;
    /** Buyers' photos in the strip beside the listing's. */
    static final int BUYER_PHOTOS = 8;

    private final Reviews reviews;
    private final ReviewableOrders orders;
    private final OrderManagement ordering;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final ProductCatalog catalog;
    private final MediaLibrary media;
    private final ReviewProperties properties;
    private final Clock clock;

    ReviewQueries(Reviews reviews, ReviewableOrders orders, OrderManagement ordering, ArtisanManagement artisans,
                  CouncilManagement councils, ProductCatalog catalog, MediaLibrary media, ReviewProperties properties,
                  Clock clock) {
        this.reviews = reviews;
        this.orders = orders;
        this.ordering = ordering;
        this.artisans = artisans;
        this.councils = councils;
        this.catalog = catalog;
        this.media = media;
        this.properties = properties;
        this.clock = clock;
    }

    /** A completed order's lines, each with its review or none; {@code openUntil} null when not completed. */
    public record OrderReviews(OrderView order, Instant openUntil, boolean open, List<LineReview> lines,
                               Map<PhotoId, Photo> photos) {

        /** Lines the buyer may still review now. */
        public long toWrite() {
            return open ? lines.stream().filter(line -> line.review() == null).count() : 0;
        }
    }

    public record LineReview(OrderView.Line line, ReviewView review) {
    }

    /** The product page's part: how many reviews are shown, how many with photos, the newest, the buyers' photos. */
    public record ProductReviews(long productId, long count, long withPhotos, List<ReviewView> latest,
                                 List<Photo> buyerPhotos, Map<PhotoId, Photo> photos) {
    }

    /** A page of reviews with the photos they show, the products they are about and the names of their shops. */
    public record ReviewPage(Page<ReviewView> reviews, Map<PhotoId, Photo> photos, Map<Long, ProductView> products,
                             Map<Long, String> shops) {
    }

    /** The buyer's order and its reviews, for the buyer alone (see {@link ReviewDesk#write}). */
    public OrderReviews ofOrder(long userId, String key, String number) {
        return ofOrder(orders.ofBuyer(userId, key, number));
    }

    /** The reviews of an order a page already shows to its buyer; empty unless it completed. */
    public Optional<OrderReviews> promptFor(OrderView order) {
        return orders.openUntil(order).map(until -> ofOrder(order));
    }

    /**
     * One line of the buyer's order with its review (null before there is one), for the review form; a product not in
     * the order is not found.
     */
    public LineReview line(long userId, String key, String number, long productId) {
        return ofOrder(userId, key, number).lines().stream().filter(line -> line.line().productId() == productId)
                .findFirst().orElseThrow(ReviewNotFoundException::new);
    }

    /** Until when the pieces of this completed order may be reviewed, for the mail that asks the buyer to. */
    public Optional<Instant> openUntil(String number) {
        return ordering.find(number).flatMap(orders::openUntil);
    }

    /** For the product's page: four small queries, however many reviews it has (the count comes with the page). */
    public ProductReviews ofProduct(long productId) {
        Page<Review> newest = reviews.findByProductIdAndHiddenAtIsNullOrderByCreatedAtDescIdDesc(productId,
                PageRequest.of(0, ON_PRODUCT_PAGE));
        List<ReviewView> latest = views(newest.getContent());
        List<PhotoId> stripIds = reviews.buyerPhotos(productId, BUYER_PHOTOS).stream().map(PhotoId::new).toList();
        List<PhotoId> shown = new ArrayList<>(stripIds);
        latest.forEach(review -> shown.addAll(review.photoIds()));
        Map<PhotoId, Photo> photos = shown.isEmpty() ? Map.of() : media.findAll(shown);
        List<Photo> strip = stripIds.stream().map(photos::get).filter(Objects::nonNull).toList();
        long withPhotos = strip.isEmpty() ? 0 : reviews.countWithPhotos(productId);
        return new ProductReviews(productId, newest.getTotalElements(), withPhotos, latest, strip, photos);
    }

    /** A public product's shown reviews, newest first, perhaps only those with photos. */
    public ReviewPage ofProduct(ProductView product, boolean withPhotosOnly, Pageable pageable) {
        Page<Review> page = withPhotosOnly ? reviews.withPhotos(product.id(), pageable)
                : reviews.findByProductIdAndHiddenAtIsNullOrderByCreatedAtDescIdDesc(product.id(), pageable);
        return page(page, Map.of(product.id(), product));
    }

    /** The reviews of the shop of this artisan (owner or staff), those awaiting an answer first. */
    public ReviewPage ofShop(long userId, Pageable pageable) {
        return page(reviews.ofShop(businessOf(userId), pageable), null);
    }

    public ReviewPage oneOfShop(long userId, long reviewId) {
        Review review = reviews.findByIdAndBusinessId(reviewId, businessOf(userId))
                .orElseThrow(ReviewNotFoundException::new);
        return page(new PageImpl<>(List.of(review)), null);
    }

    /** How many of the shop's reviews wait for an answer, for the artisan's home. */
    public long awaitingAnswer(long businessId) {
        return reviews.countByBusinessIdAndAnswerIsNullAndHiddenAtIsNull(businessId);
    }

    /** Reviews of shops in the officer's areas, those reported and undecided first; or only those. */
    public ReviewPage inArea(long officerId, boolean reportedOnly, Pageable pageable) {
        Set<String> areas = areasOf(officerId);
        if (areas.isEmpty()) {
            return page(Page.empty(pageable), null);
        }
        return page(reportedOnly ? reviews.awaitingCouncil(areas, pageable) : reviews.inAreas(areas, pageable), null);
    }

    public ReviewPage oneInArea(long officerId, long reviewId) {
        Review review = reviews.findByIdAndRegionCodeIn(reviewId, areasOf(officerId))
                .orElseThrow(ReviewNotFoundException::new);
        return page(new PageImpl<>(List.of(review)), null);
    }

    /** How many reported reviews wait for a decision in these areas, for the officer's home. */
    long awaitingCouncil(Collection<String> regionCodes) {
        return regionCodes.isEmpty() ? 0
                : reviews.awaitingCouncil(regionCodes, PageRequest.of(0, 1)).getTotalElements();
    }

    private OrderReviews ofOrder(OrderView order) {
        Instant until = orders.openUntil(order).orElse(null);
        Map<Long, ReviewView> byProduct = views(reviews.findByOrderIdOrderByIdAsc(order.id())).stream()
                .collect(Collectors.toMap(ReviewView::productId, Function.identity(), (a, b) -> a));
        List<LineReview> lines = order.lines().stream()
                .map(line -> new LineReview(line, byProduct.get(line.productId()))).toList();
        return new OrderReviews(order, until, until != null && clock.instant().isBefore(until), lines,
                photosOf(List.copyOf(byProduct.values())));
    }

    private ReviewPage page(Page<Review> page, Map<Long, ProductView> known) {
        Page<ReviewView> views = page.map(this::view);
        Map<Long, ProductView> products = known != null ? known
                : catalog.findAll(views.getContent().stream().map(ReviewView::productId).distinct().toList()).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        Map<Long, String> shops = artisans.findAll(views.getContent().stream().map(ReviewView::businessId).distinct()
                .toList()).values().stream().collect(Collectors.toMap(ArtisanProfile::id, ArtisanProfile::name));
        return new ReviewPage(views, photosOf(views.getContent()), products, shops);
    }

    private List<ReviewView> views(List<Review> found) {
        return found.stream().map(this::view).toList();
    }

    private ReviewView view(Review review) {
        return review.toView(properties.editableFor(), clock.instant());
    }

    private Map<PhotoId, Photo> photosOf(List<ReviewView> shown) {
        return media.findAll(shown.stream().flatMap(review -> review.photoIds().stream()).toList());
    }

    private long businessOf(long userId) {
        return artisans.businessIdOf(userId)
                .orElseThrow(ReviewNotFoundException::new);
    }

    private Set<String> areasOf(long officerId) {
        return councils.jurisdictionOf(officerId).map(Jurisdiction::regionCodes).orElse(Set.of());
    }
}
