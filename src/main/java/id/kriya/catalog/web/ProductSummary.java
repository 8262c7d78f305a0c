package id.kriya.catalog.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.search.SearchResults;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A public product as the JSON API lists it, alike in search results and in an artisan's shop: enough for a card
 * with its cover, and the addresses of its page and of its own JSON.
 */
@Schema(description = "A public product in a list: search results or an artisan's shop")
record ProductSummary(String slug, String url, String title,
                      @Schema(description = "Price in whole rupiah") long price,
                      String maker, String village,
                      @Schema(description = "Region code of the regency or city, e.g. 51.04") String regency,
                      String regencyName,
                      @Schema(description = "Craft category, e.g. TENUN_ENDEK") String category,
                      @Schema(description = "The cover photo (card size, JPEG); null when there is none", nullable = true)
                      String coverUrl,
                      @Schema(description = "False when sold out") boolean inStock,
                      @Schema(description = "True when curators selected it for an exhibition") boolean curated,
                      @Schema(description = "How many verified buyers' reviews count") int reviews,
                      @Schema(description = "Their average \"as pictured\" score, 1 to 5, to one decimal; null without reviews",
                              nullable = true) BigDecimal asPictured) {

    static ProductSummary of(SearchResults.Hit hit, String coverUrl, PublicLinks links) {
        return new ProductSummary(hit.slug(), links.product(hit.slug()), hit.title(), hit.price().amount(), hit.maker(),
                hit.village(), hit.regency(), hit.regencyName(), hit.category(), coverUrl, hit.inStock(),
                hit.curated(), hit.reviews(),
                hit.asPictured() == null ? null : BigDecimal.valueOf(hit.asPictured()).setScale(1, RoundingMode.HALF_UP));
    }

    static ProductSummary of(ProductView product, String regencyName, String coverUrl, PublicLinks links) {
        return new ProductSummary(product.slug(), links.product(product.slug()), product.title(),
                product.price().amount(), product.maker(), product.village(), product.regionCode(), regencyName,
                product.category().name(), coverUrl, product.status() == ProductStatus.PUBLISHED,
                product.isCurated(), product.rating().count(), product.rating().asPictured());
    }
}
