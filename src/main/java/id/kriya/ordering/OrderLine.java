package id.kriya.ordering;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.catalog.Technique;
import id.kriya.media.PhotoId;
import id.kriya.shared.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One product in an order, with its title and price as they were when the order was placed, and a copy of its
 * listing then (photos, story, materials, technique, size): what the buyer ordered from, kept as evidence however
 * the product changes later.
 */
@Embeddable
class OrderLine {

    @Column(name = "product_id")
    private long productId;

    @Column(name = "product_slug")
    private String productSlug;

    private String title;

    @Column(name = "unit_price")
    private long unitPrice;

    private int quantity;

    /** The listing's photo ids in their order, comma-separated; null for lines placed before listings were kept. */
    @Column(name = "listing_photos")
    private String listingPhotos;

    @Column(name = "listing_story_id")
    private String listingStoryId;

    @Column(name = "listing_story_en")
    private String listingStoryEn;

    @Column(name = "listing_materials")
    private String listingMaterials;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_technique")
    private Technique listingTechnique;

    @Column(name = "listing_length_cm")
    private Integer listingLengthCm;

    @Column(name = "listing_width_cm")
    private Integer listingWidthCm;

    @Column(name = "listing_height_cm")
    private Integer listingHeightCm;

    @Column(name = "listing_weight_grams")
    private Integer listingWeightGrams;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_stock_kind")
    private StockKind listingStockKind;

    protected OrderLine() {
    }

    OrderLine(long productId, String productSlug, String title, Rupiah unitPrice, int quantity) {
        this.productId = productId;
        this.productSlug = productSlug;
        this.title = title;
        this.unitPrice = unitPrice.amount();
        this.quantity = quantity;
    }

    /** The line of a product as it was sold, with a copy of its listing. */
    static OrderLine of(ProductView sold, int quantity) {
        OrderLine line = new OrderLine(sold.id(), sold.slug(), sold.title(), sold.price(), quantity);
        line.listingPhotos = sold.photoIds().stream().map(PhotoId::value).map(UUID::toString)
                .collect(Collectors.joining(","));
        line.listingStoryId = sold.storyId();
        line.listingStoryEn = sold.storyEn();
        line.listingMaterials = sold.materialsText();
        line.listingTechnique = sold.technique();
        line.listingLengthCm = sold.lengthCm();
        line.listingWidthCm = sold.widthCm();
        line.listingHeightCm = sold.heightCm();
        line.listingWeightGrams = sold.weightGrams();
        line.listingStockKind = sold.stockKind();
        return line;
    }

    long productId() {
        return productId;
    }

    int quantity() {
        return quantity;
    }

    Rupiah subtotal() {
        return Rupiah.of(unitPrice).times(quantity);
    }

    OrderView.Line toView() {
        return new OrderView.Line(productId, productSlug, title, Rupiah.of(unitPrice), quantity, subtotal(), listing());
    }

    private OrderView.Listing listing() {
        if (listingPhotos == null) {
            return null;
        }
        List<PhotoId> photos = listingPhotos.isEmpty() ? List.of()
                : Arrays.stream(listingPhotos.split(",")).map(UUID::fromString).map(PhotoId::new).toList();
        return new OrderView.Listing(photos, listingStoryId, listingStoryEn, listingMaterials, listingTechnique,
                orZero(listingLengthCm), orZero(listingWidthCm), orZero(listingHeightCm), orZero(listingWeightGrams),
                listingStockKind);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
