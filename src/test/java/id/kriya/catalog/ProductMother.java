package id.kriya.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kriya.artisan.Craft;
import id.kriya.shared.Rupiah;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Test products: a Balinese endek cloth by default, changed only where a test cares. */
public final class ProductMother {

    private String title = "Kain Endek Sutra Motif Cepuk";
    private String storyId = "Ditenun dengan ATBM oleh ibu-ibu di Gelgel, diwarnai dengan pewarna alam.";
    private String storyEn = null;
    private StockKind stockKind = StockKind.LIMITED;
    private Integer stock = 3;
    private Integer leadTimeDays = null;
    private long price = 1_250_000;
    private int[] parcel = {200, 110, 1, 350};
    private final Map<String, String> overrides = new LinkedHashMap<>();

    private ProductMother() {
    }

    public static ProductMother aProduct() {
        return new ProductMother();
    }

    public ProductMother titled(String title) {
        this.title = title;
        return this;
    }

    public ProductMother withEnglishStory(String storyEn) {
        this.storyEn = storyEn;
        return this;
    }

    public ProductMother pricedAt(long price) {
        this.price = price;
        return this;
    }

    public ProductMother oneOfAKind() {
        this.stockKind = StockKind.ONE_OF_A_KIND;
        this.stock = null;
        return this;
    }

    public ProductMother limited(int stock) {
        this.stockKind = StockKind.LIMITED;
        this.stock = stock;
        return this;
    }

    public ProductMother madeToOrder(int days) {
        this.stockKind = StockKind.MADE_TO_ORDER;
        this.stock = null;
        this.leadTimeDays = days;
        return this;
    }

    /** The cloth (200 × 110 × 1 cm, 350 g) packed in a parcel of this size and weight; unpacked by default. */
    public ProductMother packedIn(int lengthCm, int widthCm, int heightCm, int weightGrams) {
        this.parcel = new int[] {lengthCm, widthCm, heightCm, weightGrams};
        return this;
    }

    public ProductDetails details() {
        return new ProductDetails(title, storyId, storyEn, Craft.TENUN_ENDEK, List.of("sutra", "pewarna alam"),
                Technique.TENUN_IKAT_ATBM, "Ni Luh Sari", null, null, 200, 110, 1, 350, Rupiah.of(price), stockKind,
                stock, leadTimeDays).inParcel(parcel[0], parcel[1], parcel[2], parcel[3]);
    }

    /** Types this value into one form field instead of the default, however wrong it is. */
    public ProductMother typing(String field, String value) {
        overrides.put(field, value);
        return this;
    }

    public <B extends AbstractMockHttpServletRequestBuilder<B>> B asForm(B request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("storyId", storyId);
        fields.put("storyEn", storyEn == null ? "" : storyEn);
        fields.put("category", "TENUN_ENDEK");
        fields.put("materials", "Sutra, pewarna alam");
        fields.put("technique", "TENUN_IKAT_ATBM");
        fields.put("maker", "Ni Luh Sari");
        fields.put("village", "");
        fields.put("regionCode", "");
        fields.put("lengthCm", "200");
        fields.put("widthCm", "110");
        fields.put("heightCm", "1");
        fields.put("weightGrams", "350");
        fields.put("parcelLengthCm", String.valueOf(parcel[0]));
        fields.put("parcelWidthCm", String.valueOf(parcel[1]));
        fields.put("parcelHeightCm", String.valueOf(parcel[2]));
        fields.put("parcelWeightGrams", String.valueOf(parcel[3]));
        fields.put("price", String.valueOf(price));
        fields.put("stockKind", stockKind.name());
        fields.put("stock", stock == null ? "" : String.valueOf(stock));
        fields.put("leadTimeDays", leadTimeDays == null ? "" : String.valueOf(leadTimeDays));
        fields.putAll(overrides);
        fields.forEach(request::param);
        return request;
    }
}
