package id.kriya.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.council.CouncilManagement;
import id.kriya.payment.PaymentOptions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's public face for artisans: every call names the signed-in person, whose verified business is the
 * only one they act for. A product of another business does not exist for them, whatever id they send.
 */
@Service
@Transactional
@NamedInterface("api")
public class ProductManagement {

    /** The message of a product refused publication because its business cannot be paid yet. */
    public static final String NO_PAYMENT = "catalog.rule.noPayment";

    private final Products products;
    private final ProductOldSlugs oldSlugs;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final PaymentOptions payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductManagement(Products products, ProductOldSlugs oldSlugs, ArtisanManagement artisans,
                      CouncilManagement councils, PaymentOptions payments, ApplicationEventPublisher events,
                      Clock clock) {
        this.products = products;
        this.oldSlugs = oldSlugs;
        this.artisans = artisans;
        this.councils = councils;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    /** The verified business this person owns or works for. */
    @Transactional(readOnly = true)
    public ArtisanProfile businessOf(long userId) {
        return artisans.verifiedBusinessOf(userId).orElseThrow(NotAVerifiedArtisanException::new);
    }

    /** Whether the business has a product with photos yet, and one on sale. */
    @Transactional(readOnly = true)
    public ShopProgress progressOf(long businessId) {
        List<Object[]> rows = products.countWithPhotos(businessId, ProductStatus.PUBLISHED);
        Object[] row = rows.isEmpty() ? new Object[] {0L, 0L} : rows.get(0);
        return new ShopProgress(((Number) row[0]).longValue() > 0, ((Number) row[1]).longValue() > 0);
    }

    /** The business's products, most recently changed first; all statuses when {@code status} is null. */
    @Transactional(readOnly = true)
    public Page<ProductView> list(long userId, ProductStatus status, Pageable pageable) {
        long businessId = businessOf(userId).id();
        Page<Product> page = status == null
                ? products.findByBusinessIdOrderByUpdatedAtDescIdDesc(businessId, pageable)
                : products.findByBusinessIdAndStatusOrderByUpdatedAtDescIdDesc(businessId, status, pageable);
        return page.map(Product::toView);
    }

    @Transactional(readOnly = true)
    public ProductView find(long userId, long productId) {
        return own(userId, productId).toView();
    }

    /** A new draft; a blank village or regency means the business's own. */
    public long create(long userId, ProductDetails details) {
        ArtisanProfile business = businessOf(userId);
        return add(business, details).id();
    }

    public void update(long userId, long productId, ProductDetails details) {
        Product product = own(userId, productId);
        ProductStatus before = product.status();
        product.change(withOrigin(businessOf(userId), details), clock.instant());
        readdress(product);
        if (before == ProductStatus.PUBLISHED && product.status() == ProductStatus.SOLD_OUT) {
            events.publishEvent(new ProductSoldOut(product.id(), product.businessId()));
        }
    }

    /** A copy of the product, with the same photos, as a new draft with its own address. */
    public long duplicate(long userId, long productId) {
        Product original = own(userId, productId);
        ProductDetails details = original.toDetails();
        if (details.stockKind() == StockKind.LIMITED && details.stock() == 0) {
            details = new ProductDetails(details.title(), details.storyId(), details.storyEn(), details.category(),
                    details.materials(), details.technique(), details.maker(), details.village(), details.regionCode(),
                    details.lengthCm(), details.widthCm(), details.heightCm(), details.weightGrams(), details.price(),
                    details.stockKind(), 1, details.leadTimeDays(), details.parcelLengthCm(), details.parcelWidthCm(),
                    details.parcelHeightCm(), details.parcelWeightGrams());
        }
        Product copy = add(businessOf(userId), details);
        original.toView().photoIds().forEach(photo -> copy.addPhoto(photo, clock.instant()));
        return copy.id();
    }

    /**
     * Puts the product on sale.
     *
     * @throws ProductRuleException {@value #NO_PAYMENT} when buyers have no way yet to pay the business (no QRIS,
     *         no bank account): a listing nobody can pay for helps no one; nothing changes
     */
    public void publish(long userId, long productId) {
        Product product = own(userId, productId);
        if (!payments.canBePaid(product.businessId())) {
            throw new ProductRuleException(NO_PAYMENT);
        }
        boolean resubmitted = product.publish(clock.instant());
        events.publishEvent(new ProductPublished(product.id(), product.businessId(), product.regionCode(), resubmitted));
    }

    public void unpublish(long userId, long productId) {
        Product product = own(userId, productId);
        product.unpublish(clock.instant());
        events.publishEvent(new ProductWithdrawn(product.id(), product.businessId(), product.status()));
    }

    public void archive(long userId, long productId) {
        Product product = own(userId, productId);
        boolean wasPublic = product.status().isPublic();
        product.archive(clock.instant());
        if (wasPublic) {
            events.publishEvent(new ProductWithdrawn(product.id(), product.businessId(), product.status()));
        }
    }

    /** Adds every product as a draft, or none: one transaction, so a failure anywhere leaves the catalog as it was. */
    public List<Long> importAll(long userId, List<ProductDetails> rows) {
        ArtisanProfile business = businessOf(userId);
        List<Long> ids = new ArrayList<>();
        for (ProductDetails row : rows) {
            ids.add(add(business, row).id());
        }
        return ids;
    }

    /** All the business's products, oldest first, for its CSV export. */
    @Transactional(readOnly = true)
    public List<ProductView> export(long userId) {
        return products.findByBusinessIdOrderByIdAsc(businessOf(userId).id()).stream().map(Product::toView).toList();
    }

    /**
     * A renamed product moves to the address of its new title. One that was ever public keeps its old address as a
     * redirect, so links already shared still open it; that address is never given to another product.
     */
    private void readdress(Product product) {
        String base = ProductSlugs.of(product.title());
        if (ProductSlugs.isOf(product.slug(), base)) {
            return;
        }
        String slug = ProductSlugs.free(base, taken(base, product.id()));
        String old = product.slug();
        oldSlugs.findById(slug).ifPresent(oldSlugs::delete);
        oldSlugs.flush();
        if (product.wasPublished()) {
            oldSlugs.save(new ProductOldSlug(old, product.id(), clock.instant()));
        }
        product.moveTo(slug, clock.instant());
    }

    /** Addresses built on {@code base} that are live or kept as another product's old address. */
    private List<String> taken(String base, long exceptProduct) {
        List<String> taken = new ArrayList<>(products.slugsLike(base));
        taken.addAll(oldSlugs.slugsLikeOfOthers(base, exceptProduct));
        return taken;
    }

    private Product add(ArtisanProfile business, ProductDetails details) {
        ProductDetails located = withOrigin(business, details);
        String base = ProductSlugs.of(located.title());
        String slug = ProductSlugs.free(base, taken(base, 0));
        return products.save(new Product(business.id(), slug, located, clock.instant()));
    }

    private ProductDetails withOrigin(ArtisanProfile business, ProductDetails details) {
        String village = details.village() == null || details.village().isBlank() ? business.village() : details.village();
        String region = details.regionCode() == null || details.regionCode().isBlank() ? business.regionCode() : details.regionCode();
        if (!councils.isArea(region)) {
            throw new ProductRuleException("regionCode", "catalog.product.regionCode.unknown");
        }
        return new ProductDetails(details.title(), details.storyId(), details.storyEn(), details.category(),
                details.materials(), details.technique(), details.maker(), village, region, details.lengthCm(),
                details.widthCm(), details.heightCm(), details.weightGrams(), details.price(), details.stockKind(),
                details.stock(), details.leadTimeDays(), details.parcelLengthCm(), details.parcelWidthCm(),
                details.parcelHeightCm(), details.parcelWeightGrams());
    }

    private Product own(long userId, long productId) {
        return products.findByIdAndBusinessId(productId, businessOf(userId).id()).orElseThrow(ProductNotFoundException::new);
    }
}
