package id.kriya.catalog.web;

import java.util.List;
import java.util.Locale;

import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.search.ProductSearch;
import id.kriya.catalog.search.SearchCriteria;
import id.kriya.catalog.search.SearchResults;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only public JSON API for other marketplaces and apps: the same search as {@code /search} (plus
 * {@code size}, at most 50) and one public product by its slug. Bad parameters are answered like on the page:
 * dropped, with a notice in the response.
 */
@RestController
class ProductApiController {

    private final ProductSearch search;
    private final ProductCatalog catalog;
    private final MessageSource messages;

    ProductApiController(ProductSearch search, ProductCatalog catalog, MessageSource messages) {
        this.search = search;
        this.catalog = catalog;
        this.messages = messages;
    }

    record Item(String slug, String title, long price, String maker, String village, String regency,
                String regencyName, String category, boolean inStock) {
    }

    record Page(List<Item> items, long total, int page, int size, int totalPages,
                SearchResults.Facets facets, List<String> notices) {
    }

    record Product(String slug, String title, String story, String storyEn, String category, List<String> materials,
                   String technique, String maker, String village, String regency, int lengthCm, int widthCm,
                   int heightCm, int weightGrams, long price, String stockKind, Integer stock, Integer leadTimeDays,
                   boolean inStock) {
    }

    @GetMapping("/api/v1/products")
    Page products(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String regency, @RequestParam(required = false) String material,
                  @RequestParam(required = false) String minPrice, @RequestParam(required = false) String maxPrice,
                  @RequestParam(required = false) String inStock, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                  Locale locale) {
        SearchCriteria criteria = SearchCriteria.parse(q, category, regency, material, minPrice, maxPrice, inStock,
                sort, page, size);
        SearchResults results = search.search(criteria);
        List<String> notices = results.notices().stream()
                .map(key -> messages.getMessage(key, new Object[] {SearchCriteria.QUERY_MAX}, locale)).toList();
        List<Item> items = results.hits().stream().map(h -> new Item(h.slug(), h.title(), h.price().amount(), h.maker(),
                h.village(), h.regency(), h.regencyName(), h.category(), h.inStock())).toList();
        return new Page(items, results.total(), criteria.page(), criteria.size(), results.totalPages(),
                results.facets(), notices);
    }

    @GetMapping("/api/v1/products/{slug}")
    Product product(@PathVariable String slug) {
        ProductView p = catalog.published(slug).orElseThrow(ProductNotFoundException::new);
        return new Product(p.slug(), p.title(), p.storyId(), p.storyEn(), p.category().name(), p.materials(),
                p.technique().name(), p.maker(), p.village(), p.regionCode(), p.lengthCm(), p.widthCm(), p.heightCm(),
                p.weightGrams(), p.price().amount(), p.stockKind().name(), p.stock(), p.leadTimeDays(),
                p.status().name().equals("PUBLISHED"));
    }
}
