package id.kriya.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.Rating;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org Product data for search engines and link previews, with the buyers' rating (its "as pictured" average
 * and the number of reviews) once there is one. It goes into a data block
 * ({@code <script type="application/ld+json">}) that browsers never run, so the page's CSP is untouched; a
 * {@code <} in any text is escaped so no title or story can close the block early.
 */
final class ProductJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProductJsonLd() {
    }

    /** {@code images}: absolute addresses of the product's photos, the cover first. */
    static String of(ProductView product, ArtisanProfile artisan, String url, String story, List<String> images) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Product");
        data.put("name", product.title());
        data.put("description", story);
        data.put("url", url);
        if (!images.isEmpty()) {
            data.put("image", images);
        }
        data.put("sku", product.slug());
        data.put("material", String.join(", ", product.materials()));
        data.put("brand", Map.of("@type", "Brand", "name", artisan.name()));
        data.put("weight", Map.of("@type", "QuantitativeValue", "value", product.weightGrams(), "unitCode", "GRM"));
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("price", product.price().amount());
        offer.put("priceCurrency", "IDR");
        offer.put("url", url);
        offer.put("availability", product.status() == ProductStatus.SOLD_OUT
                ? "https://schema.org/SoldOut" : "https://schema.org/InStock");
        offer.put("seller", Map.of("@type", "Organization", "name", artisan.name()));
        data.put("offers", offer);
        Rating rating = product.rating();
        if (rating.isRated()) {
            // The headline figure of the page: how far pieces arrived as pictured, from buyers who bought one.
            Map<String, Object> aggregate = new LinkedHashMap<>();
            aggregate.put("@type", "AggregateRating");
            aggregate.put("ratingValue", rating.asPictured());
            aggregate.put("reviewCount", rating.count());
            aggregate.put("bestRating", Rating.HIGHEST);
            aggregate.put("worstRating", Rating.LOWEST);
            data.put("aggregateRating", aggregate);
        }
        return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
