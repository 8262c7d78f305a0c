package id.kriya.catalog;

import java.util.List;

import id.kriya.artisan.Craft;
import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;

/**
 * Everything an artisan states about a product. {@code village} and {@code regionCode} may be null: the product
 * then comes from the business's own village and regency. {@code stock} counts for LIMITED only and
 * {@code leadTimeDays} for MADE_TO_ORDER only.
 * <p>
 * Two sizes: {@code lengthCm … weightGrams} are the piece itself, as buyers see it on the product page;
 * {@code parcelLengthCm … parcelWeightGrams} are the packed parcel, which couriers weigh and measure and shipping
 * quotes go by. A folded cloth two metres long is a small parcel; a parcel always weighs at least its piece.
 */
@NamedInterface("api")
public record ProductDetails(String title, String storyId, String storyEn, Craft category, List<String> materials,
                             Technique technique, String maker, String village, String regionCode, int lengthCm,
                             int widthCm, int heightCm, int weightGrams, Rupiah price, StockKind stockKind,
                             Integer stock, Integer leadTimeDays, int parcelLengthCm, int parcelWidthCm,
                             int parcelHeightCm, int parcelWeightGrams) {

    public static final int TITLE_MAX = 120;
    public static final int STORY_MAX = 5000;
    public static final int MAKER_MAX = 100;
    public static final int VILLAGE_MAX = 80;
    public static final int MATERIALS_MAX = 10;
    public static final int MATERIAL_MAX = 40;
    public static final int DIMENSION_MAX = 1000;
    public static final int WEIGHT_MAX = 1_000_000;
    public static final Rupiah PRICE_MAX = Rupiah.of(1_000_000_000);
    public static final int STOCK_MAX = 10_000;
    public static final int LEAD_TIME_MAX = 365;

    public ProductDetails {
        materials = List.copyOf(materials);
    }

    /** A product shipped as it is, unpacked: its parcel is the piece's own size and weight. */
    public ProductDetails(String title, String storyId, String storyEn, Craft category, List<String> materials,
                          Technique technique, String maker, String village, String regionCode, int lengthCm,
                          int widthCm, int heightCm, int weightGrams, Rupiah price, StockKind stockKind,
                          Integer stock, Integer leadTimeDays) {
        this(title, storyId, storyEn, category, materials, technique, maker, village, regionCode, lengthCm, widthCm,
                heightCm, weightGrams, price, stockKind, stock, leadTimeDays, lengthCm, widthCm, heightCm, weightGrams);
    }

    /** The same product packed in a parcel of this size and weight. */
    public ProductDetails inParcel(int length, int width, int height, int weight) {
        return new ProductDetails(title, storyId, storyEn, category, materials, technique, maker, village, regionCode,
                lengthCm, widthCm, heightCm, weightGrams, price, stockKind, stock, leadTimeDays, length, width, height,
                weight);
    }
}
