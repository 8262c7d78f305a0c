package id.kriya.catalog.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.search.ProductSearch;
import id.kriya.catalog.search.SearchCriteria;
import id.kriya.catalog.search.SearchResults;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import id.kriya.media.Photo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only public JSON API for other marketplaces and apps: the same search as {@code /search} (plus
 * {@code size}, at most 50) and one public product by its slug. Bad parameters are answered like on the page:
 * dropped, with a notice in the response. The search's parameters are the page's own {@link SearchParams}, strings
 * as on the page, so a bad one is a notice rather than a 400.
 */
@RestController
@Tag(name = "products")
class ProductApiController {

    private final ProductSearch search;
    private final ProductCatalog catalog;
    private final ProductPhotos photos;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final PublicLinks links;
    private final MessageSource messages;

    ProductApiController(ProductSearch search, ProductCatalog catalog, ProductPhotos photos, ArtisanManagement artisans,
                         CouncilManagement councils, PublicLinks links, MessageSource messages) {
        this.search = search;
        this.catalog = catalog;
        this.photos = photos;
        this.artisans = artisans;
        this.councils = councils;
        this.links = links;
        this.messages = messages;
    }

    @Schema(name = "ProductPage", description = "One page of search results with the facet counts of all that matched")
    record Page(List<ProductSummary> items, long total, int page, int size, int totalPages,
                SearchResults.Facets facets,
                @Schema(description = "What was wrong with the request and was dropped, in the visitor's language")
                List<String> notices) {
    }

    @Schema(name = "Product", description = "A public product with everything its page shows")
    record Product(String slug, String url, String title, String story,
                   @Schema(nullable = true) String storyEn, String category, List<String> materials,
                   String technique, String maker, String village, String regency, String regencyName,
                   @Schema(description = "The artisan business's slug, for /api/v1/artisans/{slug}") String artisan,
                   int lengthCm, int widthCm, int heightCm, int weightGrams,
                   @Schema(description = "Price in whole rupiah") long price,
                   @Schema(allowableValues = {"ONE_OF_A_KIND", "LIMITED", "MADE_TO_ORDER"}) String stockKind,
                   @Schema(nullable = true) Integer stock, @Schema(nullable = true) Integer leadTimeDays,
                   boolean inStock,
                   @Schema(description = "True when curators selected it for an exhibition") boolean curated,
                   @Schema(description = "How many verified buyers' reviews count") int reviews,
                   @Schema(description = "Their average \"as pictured\" score, 1 to 5; null without reviews", nullable = true)
                   BigDecimal asPictured,
                   @Schema(description = "Their average quality score; null without reviews", nullable = true)
                   BigDecimal quality,
                   @Schema(description = "Their average service score; null without reviews", nullable = true)
                   BigDecimal service,
                   @Schema(description = "The cover (card size); null when there is none", nullable = true) String coverUrl,
                   @Schema(description = "All photos in order, the cover first") List<PublicLinks.PhotoLinks> photos) {
    }

    @Operation(summary = "Search public products",
            description = "The same search as the page /search: Indonesian and English words, typing mistakes "
                    + "forgiven, filters, facet counts. A parameter that cannot be used is dropped and named in notices.")
    @GetMapping(value = "/api/v1/products", produces = MediaType.APPLICATION_JSON_VALUE)
    Page products(@ParameterObject SearchParams params, Locale locale) {
        SearchCriteria criteria = params.forApi();
        SearchResults results = search.search(criteria);
        List<String> notices = results.notices().stream()
                .map(key -> messages.getMessage(key, new Object[] {SearchCriteria.QUERY_MAX}, locale)).toList();
        List<ProductSummary> items = results.hits().stream()
                .map(hit -> ProductSummary.of(hit, links.card(hit.cover()), links)).toList();
        return new Page(items, results.total(), criteria.page(), criteria.size(), results.totalPages(),
                results.facets(), notices);
    }

    @Operation(summary = "One public product",
            description = "A published or sold-out product; any other slug is a 404 problem.")
    @ApiResponse(responseCode = "200", description = "The product")
    @ApiResponse(responseCode = "404", description = "No public product at this slug",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(value = "/api/v1/products/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    Product product(@Parameter(description = "The product's slug, as in /products/{slug}") @PathVariable String slug) {
        ProductView p = catalog.published(slug).orElseThrow(ProductNotFoundException::new);
        String artisan = artisans.find(p.businessId()).map(ArtisanProfile::slug).orElseThrow(ProductNotFoundException::new);
        String regencyName = councils.find(p.regionCode()).map(CouncilView::areaName).orElse(p.regionCode());
        List<Photo> pictures = photos.inOrder(p.photoIds());
        return new Product(p.slug(), links.product(p.slug()), p.title(), p.storyId(), p.storyEn(), p.category().name(),
                p.materials(), p.technique().name(), p.maker(), p.village(), p.regionCode(), regencyName, artisan,
                p.lengthCm(), p.widthCm(), p.heightCm(), p.weightGrams(), p.price().amount(), p.stockKind().name(),
                p.stock(), p.leadTimeDays(), p.status() == ProductStatus.PUBLISHED, p.isCurated(), p.rating().count(),
                p.rating().asPictured(), p.rating().quality(), p.rating().service(),
                pictures.isEmpty() ? null : links.card(pictures.get(0)), pictures.stream().map(links::photo).toList());
    }
}
