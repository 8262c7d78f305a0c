package id.kriya.trust.review.web;

import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductView;
import id.kriya.shared.PageNumber;
import id.kriya.trust.review.ReviewQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * All the shown reviews of a public product, newest first, ten a page, or only those with the buyers' photos
 * ({@code ?photos=true}): the product page shows the newest few and links here.
 */
@Controller
class ProductReviewsController {

    static final String VIEW = "trust/review/product";
    static final int PAGE_SIZE = 10;

    private final ProductCatalog catalog;
    private final ReviewQueries queries;

    ProductReviewsController(ProductCatalog catalog, ReviewQueries queries) {
        this.catalog = catalog;
        this.queries = queries;
    }

    @GetMapping("/products/{slug}/reviews")
    String reviews(@PathVariable String slug, @RequestParam(required = false) String photos,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        ProductView product = catalog.published(slug).orElseThrow(ProductNotFoundException::new);
        boolean withPhotos = "true".equalsIgnoreCase(photos);
        model.addAttribute("product", product);
        model.addAttribute("withPhotos", withPhotos);
        model.addAttribute("section", queries.ofProduct(product.id()));
        model.addAttribute("page", queries.ofProduct(product, withPhotos, PageNumber.of(page, PAGE_SIZE)));
        model.addAttribute("pageUrl", "/products/" + product.slug() + "/reviews" + (withPhotos ? "?photos=true" : ""));
        model.addAttribute("htmxUnused", true);
        return VIEW;
    }
}
