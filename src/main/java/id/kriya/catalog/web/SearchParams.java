package id.kriya.catalog.web;

import id.kriya.artisan.Craft;
import id.kriya.catalog.search.SearchCriteria;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A search as the search page and {@code /api/v1/products} receive it, bound once from the query string for both.
 * Every parameter stays text, so that nonsense (a price that is no number, an unknown sort, page 99999999999) never
 * fails the binding: {@link SearchCriteria#parse} reads them all in one place, dropping what it cannot use with a
 * notice. The OpenAPI annotations say what each one takes.
 */
record SearchParams(
        @Parameter(description = "Words to find, at most 200 characters; tenunan, menenun, songkt all work")
        String q,
        @Parameter(description = "Craft category", schema = @Schema(implementation = Craft.class))
        String category,
        @Parameter(description = "Region code of a regency or city, e.g. 51.04 (Gianyar)")
        String regency,
        @Parameter(description = "A material as listed, e.g. sutra, katun, perak 925")
        String material,
        @Parameter(description = "Lowest price in whole rupiah",
                schema = @Schema(type = "integer", format = "int64", minimum = "0"))
        String minPrice,
        @Parameter(description = "Highest price in whole rupiah",
                schema = @Schema(type = "integer", format = "int64", minimum = "0"))
        String maxPrice,
        @Parameter(description = "true: only products that can be bought now (not sold out)",
                schema = @Schema(type = "boolean"))
        String inStock,
        @Parameter(description = "Order of the results", schema = @Schema(type = "string",
                allowableValues = {"relevance", "newest", "price_asc", "price_desc"}, defaultValue = "relevance"))
        String sort,
        @Parameter(description = "Page number, from 0", schema = @Schema(type = "integer", minimum = "0",
                maximum = "" + SearchCriteria.PAGE_MAX, defaultValue = "0"))
        String page,
        @Parameter(description = "Products per page", schema = @Schema(type = "integer", minimum = "1",
                maximum = "" + SearchCriteria.SIZE_MAX, defaultValue = "" + SearchCriteria.SIZE_DEFAULT))
        String size,
        @Parameter(description = "true: only products curators selected for an exhibition",
                schema = @Schema(type = "boolean"))
        String curated) {

    /** What the search page shows, a page of its own size whatever {@code size} says. */
    SearchCriteria forPage() {
        return criteria(null);
    }

    /** What the API answers, the caller choosing how many per page up to {@value SearchCriteria#SIZE_MAX}. */
    SearchCriteria forApi() {
        return criteria(size);
    }

    private SearchCriteria criteria(String pageSize) {
        return SearchCriteria.parse(q, category, regency, material, minPrice, maxPrice, inStock, sort, page, pageSize,
                curated);
    }
}
