package id.kriya.catalog.search;

import static id.kriya.catalog.ProductMother.aProduct;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import id.kriya.artisan.Craft;
import id.kriya.catalog.ProductDetails;
import id.kriya.catalog.Technique;
import id.kriya.shared.Rupiah;

/** Products that differ where search cares (category, materials, technique, maker, price), for search tests. */
public final class SearchProductMother {

    private SearchProductMother() {
    }

    /** A made-up word no other test uses, so a test sees only its own products in the shared index. */
    public static String marker() {
        StringBuilder word = new StringBuilder("zx");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    public static ProductDetails product(String title, Craft category, List<String> materials, Technique technique,
                                         String maker, long price) {
        ProductDetails d = aProduct().pricedAt(price).details();
        return new ProductDetails(title, d.storyId(), d.storyEn(), category, materials, technique, maker, d.village(),
                d.regionCode(), d.lengthCm(), d.widthCm(), d.heightCm(), d.weightGrams(), Rupiah.of(price),
                d.stockKind(), d.stock(), d.leadTimeDays());
    }
}
