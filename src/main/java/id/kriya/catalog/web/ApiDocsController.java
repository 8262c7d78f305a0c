package id.kriya.catalog.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public JSON API's documentation: {@code /api/docs} is a page of ours, in both languages, that lists each
 * endpoint with its parameters and the fields of its answer, and links the OpenAPI description springdoc writes
 * from the controllers at {@code /api/docs/openapi.json}. No Swagger UI: it needs inline scripts and styles the
 * site's Content-Security-Policy forbids, and weakening the policy for a page that only reads is not worth it.
 * A test holds the page's parameter lists to the OpenAPI description, so the two cannot drift apart.
 */
@Controller
class ApiDocsController {

    static final String VIEW = "catalog/api-docs";
    static final String SPEC = "/api/docs/openapi.json";

    /**
     * One endpoint as the page lists it; its words are {@code api.endpoint.<key>.*}, its parameters'
     * {@code api.param.<key>.<name>} and its fields' {@code api.field.<name>}.
     */
    record Endpoint(String key, String path, String example, List<String> parameters, List<String> fields) {
    }

    static final List<String> ITEM_FIELDS = List.of("slug", "url", "title", "price", "maker", "village", "regency",
            "regencyName", "category", "coverUrl", "inStock", "curated", "reviews", "asPictured");

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("products", "/api/v1/products", "/api/v1/products?q=menenun&regency=51.07&sort=price_asc",
                    List.of("q", "category", "regency", "material", "minPrice", "maxPrice", "inStock", "sort", "page",
                            "size", "curated"),
                    List.of("items", "total", "page", "size", "totalPages", "facets", "notices")),
            new Endpoint("product", "/api/v1/products/{slug}", null, List.of("slug"),
                    List.of("slug", "url", "title", "story", "storyEn", "category", "materials", "technique", "maker",
                            "village", "regency", "regencyName", "artisan", "lengthCm", "widthCm", "heightCm",
                            "weightGrams", "price", "stockKind", "stock", "leadTimeDays", "inStock", "curated", "reviews",
                            "asPictured", "quality", "service", "coverUrl",
                            "photos")),
            new Endpoint("artisan", "/api/v1/artisans/{slug}", null, List.of("slug", "page", "size"),
                    List.of("slug", "url", "name", "ownerName", "crafts", "regency", "regencyName", "village",
                            "verifiedBy", "foundedYear", "workers", "story", "certifications", "whatsAppUrl",
                            "products")));

    @GetMapping("/api/docs")
    String docs(Model model) {
        model.addAttribute("endpoints", ENDPOINTS);
        model.addAttribute("itemFields", ITEM_FIELDS);
        model.addAttribute("spec", SPEC);
        return VIEW;
    }
}
