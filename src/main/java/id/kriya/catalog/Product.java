package id.kriya.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import id.kriya.artisan.Craft;
import id.kriya.media.PhotoId;
import id.kriya.shared.Rupiah;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A product of one business (referred to by id). Guards its own life: a draft is published; a published one is
 * unpublished back to draft, hidden by a council with a reason, or sells out when its last piece goes; a hidden
 * one is published again only after the artisan has changed it; anything but an archived one is archived.
 * Its photos are kept in order, the first being the cover: at most {@value #MAX_PHOTOS}, and at least one before it
 * is published and for as long as it is public.
 * The database repeats the rules it can (ranges, stock per kind, a reason when hidden).
 */
@Entity
@Table(name = "catalog_product")
class Product {

    static final int MAX_PHOTOS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long businessId;
    private String slug;
    private String title;
    private String storyId;
    private String storyEn;

    @Enumerated(EnumType.STRING)
    private Craft category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] materials;

    @Enumerated(EnumType.STRING)
    private Technique technique;

    private String maker;
    private String village;
    private String regionCode;
    private int lengthCm;
    private int widthCm;
    private int heightCm;
    private int weightGrams;
    // The packed parcel, which couriers weigh and measure; the fields above are the piece itself.
    private int parcelLengthCm;
    private int parcelWidthCm;
    private int parcelHeightCm;
    private int parcelWeightGrams;
    @Column(name = "price_rupiah")
    private long price;

    @Enumerated(EnumType.STRING)
    private StockKind stockKind;

    private Integer stock;
    private Integer leadTimeDays;

    @Enumerated(EnumType.STRING)
    private ProductStatus status;

    private String hiddenReason;
    private Long hiddenBy;
    private Instant hiddenAt;
    private boolean changedSinceHidden;
    private Instant publishedAt;
    private Instant curatedAt;
    /** Kept by the trust module: a certificate of authenticity stands for this product or a piece of it. */
    private boolean certified;
    private Instant createdAt;
    private Instant updatedAt;
    // What buyers said in their reviews (see Rating); set through ProductRatings with the row locked.
    private int reviewCount;
    private long asPicturedTotal;
    private long qualityTotal;
    private long serviceTotal;

    // Loaded for a whole page of products at once, never one query per product.
    @ElementCollection
    @CollectionTable(name = "catalog_product_photo", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    @BatchSize(size = 100)
    private List<UUID> photos = new ArrayList<>();

    @Version
    private long version;

    protected Product() {
    }

    /** A new draft; village and regency must already be filled in (the business's when the artisan left them). */
    Product(long businessId, String slug, ProductDetails details, Instant now) {
        this.businessId = businessId;
        this.slug = slug;
        this.status = ProductStatus.DRAFT;
        this.createdAt = now;
        apply(details, now);
    }

    /** Takes the artisan's changes. A hidden product remembers it was changed, so it may be published again. */
    void change(ProductDetails details, Instant now) {
        if (status == ProductStatus.ARCHIVED) {
            throw new ProductRuleException("catalog.rule.archived");
        }
        apply(details, now);
        if (status == ProductStatus.HIDDEN) {
            changedSinceHidden = true;
        } else if (status == ProductStatus.SOLD_OUT && hasStock()) {
            status = ProductStatus.PUBLISHED;
        } else if (status == ProductStatus.PUBLISHED && !hasStock()) {
            status = ProductStatus.SOLD_OUT;
        }
    }

    /** True when this was a hidden product coming back after the artisan's fix. */
    boolean publish(Instant now) {
        boolean resubmitted = status == ProductStatus.HIDDEN;
        if (status == ProductStatus.HIDDEN && !changedSinceHidden) {
            throw new ProductRuleException("catalog.rule.fixFirst");
        }
        if (status != ProductStatus.DRAFT && status != ProductStatus.HIDDEN) {
            throw new ProductRuleException("catalog.rule.notDraft");
        }
        if (photos.isEmpty()) {
            throw new ProductRuleException("catalog.rule.noPhoto");
        }
        status = hasStock() ? ProductStatus.PUBLISHED : ProductStatus.SOLD_OUT;
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
        changedSinceHidden = false;
        publishedAt = now;
        updatedAt = now;
        return resubmitted;
    }

    /** Gives the product the address of its new title; the caller has made sure no other product holds it. */
    void moveTo(String newSlug, Instant now) {
        if (!newSlug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Not an address: " + newSlug);
        }
        slug = newSlug;
        updatedAt = now;
    }

    /** Whether it was ever on the site, so that its address may have been shared. */
    boolean wasPublished() {
        return publishedAt != null;
    }

    /** Marks the product as selected by curators; the first selection is the one that counts. */
    void markCurated(Instant now) {
        if (curatedAt == null) {
            curatedAt = now;
            updatedAt = now;
        }
    }

    /** A buyer's review now counts in the product's rating (in whatever state the product is). */
    void rated(Rating.Scores scores) {
        rating(rating().plus(scores));
    }

    /** A review that counted no longer does: changed (then counted again with its new scores) or hidden. */
    void unrated(Rating.Scores scores) {
        rating(rating().minus(scores));
    }

    Rating rating() {
        return new Rating(reviewCount, asPicturedTotal, qualityTotal, serviceTotal);
    }

    private void rating(Rating rating) {
        reviewCount = rating.count();
        asPicturedTotal = rating.asPicturedTotal();
        qualityTotal = rating.qualityTotal();
        serviceTotal = rating.serviceTotal();
    }

    void unpublish(Instant now) {
        if (!status.isPublic()) {
            throw new ProductRuleException("catalog.rule.notPublished");
        }
        status = ProductStatus.DRAFT;
        updatedAt = now;
    }

    void archive(Instant now) {
        if (status == ProductStatus.ARCHIVED) {
            throw new ProductRuleException("catalog.rule.archived");
        }
        status = ProductStatus.ARCHIVED;
        updatedAt = now;
    }

    /** A council takes a public product off the site; the reason is shown to the artisan. */
    void hide(long officerId, String reason, Instant now) {
        if (!status.isPublic()) {
            throw new ProductRuleException("catalog.rule.notPublished");
        }
        if (reason == null || reason.strip().length() < 10 || reason.strip().length() > 500) {
            throw new ProductRuleException("catalog.hide.reason.size");
        }
        status = ProductStatus.HIDDEN;
        hiddenReason = reason.strip();
        hiddenBy = officerId;
        hiddenAt = now;
        changedSinceHidden = false;
        updatedAt = now;
    }

    /**
     * Whether a certificate of authenticity stands for it, as the trust module says. Not a change by the artisan:
     * neither the time of the last change nor a hidden product's "changed since" moves.
     */
    void markCertified(boolean certified) {
        this.certified = certified;
    }

    /**
     * A council puts back a product it hid (the reason turned out wrong): on sale again, or sold out when no piece is
     * left, without the artisan having to change it.
     */
    void restore(Instant now) {
        if (status != ProductStatus.HIDDEN) {
            throw new ProductRuleException("catalog.rule.notHidden");
        }
        status = hasStock() ? ProductStatus.PUBLISHED : ProductStatus.SOLD_OUT;
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
        changedSinceHidden = false;
        updatedAt = now;
    }

    /** Takes pieces sold; a stocked product whose last piece goes is sold out. Made-to-order has no count. */
    void takeFromStock(int pieces, Instant now) {
        if (status != ProductStatus.PUBLISHED) {
            throw new ProductRuleException("catalog.rule.notPublished");
        }
        if (pieces < 1) {
            throw new IllegalArgumentException("Pieces must be positive: " + pieces);
        }
        if (stockKind.isStocked()) {
            if (pieces > stock) {
                throw new ProductRuleException("catalog.rule.notEnoughStock");
            }
            stock -= pieces;
            if (stock == 0) {
                status = ProductStatus.SOLD_OUT;
            }
        }
        updatedAt = now;
    }

    /**
     * Puts back pieces that were taken for an order that will not be paid. A sold-out product is on sale again; one
     * the artisan or a council took off the site meanwhile stays off, with its count restored.
     */
    void returnToStock(int pieces, Instant now) {
        if (pieces < 1) {
            throw new IllegalArgumentException("Pieces must be positive: " + pieces);
        }
        if (stockKind.isStocked()) {
            stock = stockKind == StockKind.ONE_OF_A_KIND ? 1 : Math.addExact(stock, pieces);
            if (status == ProductStatus.SOLD_OUT) {
                status = ProductStatus.PUBLISHED;
            }
        }
        updatedAt = now;
    }

    /** Pieces that can be taken now: none unless on sale; made-to-order has no limit. */
    int available() {
        if (status != ProductStatus.PUBLISHED) {
            return 0;
        }
        return stockKind.isStocked() ? stock : Integer.MAX_VALUE;
    }

    /** Adds a photo at the end (the cover when it is the first). The caller has checked who uploaded it. */
    void addPhoto(PhotoId photo, Instant now) {
        if (status == ProductStatus.ARCHIVED) {
            throw new ProductRuleException("catalog.rule.archived");
        }
        if (photos.contains(photo.value())) {
            return;
        }
        if (photos.size() >= MAX_PHOTOS) {
            throw new ProductRuleException("photos", "catalog.photos.tooMany");
        }
        photos.add(photo.value());
        touched(now);
    }

    /** Takes a photo off the product; a public product keeps at least one. */
    void removePhoto(PhotoId photo, Instant now) {
        int index = indexOf(photo);
        if (photos.size() == 1 && status.isPublic()) {
            throw new ProductRuleException("catalog.rule.lastPhoto");
        }
        photos.remove(index);
        touched(now);
    }

    /** Moves a photo one place towards the cover ({@code -1}) or away from it ({@code +1}); at either end nothing moves. */
    void movePhoto(PhotoId photo, int step, Instant now) {
        if (step != -1 && step != 1) {
            throw new IllegalArgumentException("A photo moves one place at a time: " + step);
        }
        int index = indexOf(photo);
        int target = index + step;
        if (target < 0 || target >= photos.size()) {
            return;
        }
        UUID other = photos.get(target);
        photos.set(target, photos.get(index));
        photos.set(index, other);
        touched(now);
    }

    boolean hasPhoto(PhotoId photo) {
        return photos.contains(photo.value());
    }

    int photoCount() {
        return photos.size();
    }

    private int indexOf(PhotoId photo) {
        int index = photos.indexOf(photo.value());
        if (index < 0) {
            throw new ProductNotFoundException();
        }
        return index;
    }

    /** A photo change counts as a change: a hidden product with a better photo may be resubmitted. */
    private void touched(Instant now) {
        updatedAt = now;
        if (status == ProductStatus.HIDDEN) {
            changedSinceHidden = true;
        }
    }

    private boolean hasStock() {
        return !stockKind.isStocked() || stock > 0;
    }

    private void apply(ProductDetails details, Instant now) {
        check(details);
        this.title = details.title().strip();
        this.storyId = details.storyId().strip();
        this.storyEn = details.storyEn() == null || details.storyEn().isBlank() ? null : details.storyEn().strip();
        this.category = details.category();
        this.materials = details.materials().toArray(String[]::new);
        this.technique = details.technique();
        this.maker = details.maker().strip();
        this.village = details.village().strip();
        this.regionCode = details.regionCode();
        this.lengthCm = details.lengthCm();
        this.widthCm = details.widthCm();
        this.heightCm = details.heightCm();
        this.weightGrams = details.weightGrams();
        this.parcelLengthCm = details.parcelLengthCm();
        this.parcelWidthCm = details.parcelWidthCm();
        this.parcelHeightCm = details.parcelHeightCm();
        this.parcelWeightGrams = details.parcelWeightGrams();
        this.price = details.price().amount();
        this.stockKind = details.stockKind();
        this.stock = switch (details.stockKind()) {
            // A unique piece once sold stays sold: editing its text does not put it back on sale.
            case ONE_OF_A_KIND -> stockKind == StockKind.ONE_OF_A_KIND && stock != null && stock == 0 ? 0 : 1;
            case LIMITED -> details.stock();
            case MADE_TO_ORDER -> null;
        };
        this.leadTimeDays = details.stockKind() == StockKind.MADE_TO_ORDER ? details.leadTimeDays() : null;
        this.updatedAt = now;
    }

    /** The last line of defence behind the form's messages: nothing out of range ever reaches the table. */
    private static void check(ProductDetails details) {
        require(details.title() != null && !details.title().isBlank() && details.title().strip().length() <= ProductDetails.TITLE_MAX, "title");
        require(details.storyId() != null && !details.storyId().isBlank() && details.storyId().length() <= ProductDetails.STORY_MAX, "storyId");
        require(details.storyEn() == null || details.storyEn().length() <= ProductDetails.STORY_MAX, "storyEn");
        require(details.category() != null && details.technique() != null && details.stockKind() != null, "kind");
        require(!details.materials().isEmpty() && details.materials().size() <= ProductDetails.MATERIALS_MAX, "materials");
        require(details.maker() != null && !details.maker().isBlank() && details.maker().length() <= ProductDetails.MAKER_MAX, "maker");
        require(details.village() != null && !details.village().isBlank() && details.regionCode() != null, "origin");
        require(inRange(details.lengthCm(), ProductDetails.DIMENSION_MAX) && inRange(details.widthCm(), ProductDetails.DIMENSION_MAX)
                && inRange(details.heightCm(), ProductDetails.DIMENSION_MAX), "dimensions");
        require(inRange(details.weightGrams(), ProductDetails.WEIGHT_MAX), "weight");
        require(inRange(details.parcelLengthCm(), ProductDetails.DIMENSION_MAX) && inRange(details.parcelWidthCm(), ProductDetails.DIMENSION_MAX)
                && inRange(details.parcelHeightCm(), ProductDetails.DIMENSION_MAX), "parcel dimensions");
        require(inRange(details.parcelWeightGrams(), ProductDetails.WEIGHT_MAX)
                && details.parcelWeightGrams() >= details.weightGrams(), "parcel weight");
        require(details.price() != null && details.price().isPositive() && details.price().isAtMost(ProductDetails.PRICE_MAX), "price");
        require(details.stockKind() != StockKind.LIMITED
                || (details.stock() != null && inRange(details.stock(), ProductDetails.STOCK_MAX)), "stock");
        require(details.stockKind() != StockKind.MADE_TO_ORDER
                || (details.leadTimeDays() != null && inRange(details.leadTimeDays(), ProductDetails.LEAD_TIME_MAX)), "leadTime");
    }

    private static boolean inRange(int value, int max) {
        return value >= 1 && value <= max;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid product " + what);
        }
    }

    ProductView toView() {
        return new ProductView(id == null ? 0 : id, businessId, slug, title, storyId, storyEn, category, List.of(materials), technique,
                maker, village, regionCode, lengthCm, widthCm, heightCm, weightGrams, Rupiah.of(price), stockKind,
                stock, leadTimeDays, status, hiddenReason, changedSinceHidden, publishedAt, updatedAt,
                photos.stream().map(PhotoId::new).toList(), curatedAt, parcelLengthCm, parcelWidthCm, parcelHeightCm,
                parcelWeightGrams, rating(), certified);
    }

    ProductDetails toDetails() {
        return new ProductDetails(title, storyId, storyEn, category, Arrays.asList(materials), technique, maker, village,
                regionCode, lengthCm, widthCm, heightCm, weightGrams, Rupiah.of(price), stockKind,
                stockKind == StockKind.LIMITED ? stock : null, leadTimeDays, parcelLengthCm, parcelWidthCm,
                parcelHeightCm, parcelWeightGrams);
    }

    Long id() {
        return id;
    }

    long businessId() {
        return businessId;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    String regionCode() {
        return regionCode;
    }

    ProductStatus status() {
        return status;
    }
}
