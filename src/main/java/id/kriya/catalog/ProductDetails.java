package id.kriya.catalog;

import java.util.List;

import id.kriya.artisan.Craft;
import id.kriya.shared.Rupiah;

/**
 * Everything an artisan states about a product. {@code village} and {@code regionCode} may be null: the product
 * then comes from the business's own village and regency. {@code stock} counts for LIMITED only and
 * {@code leadTimeDays} for MADE_TO_ORDER only.
 */
public record ProductDetails(String title, String storyId, String storyEn, Craft category, List<String> materials,
                             Technique technique, String maker, String village, String regionCode, int lengthCm,
                             int widthCm, int heightCm, int weightGrams, Rupiah price, StockKind stockKind,
                             Integer stock, Integer leadTimeDays) {

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
}
