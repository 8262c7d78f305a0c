package id.kriya.catalog.web;

import id.kriya.artisan.Craft;
import id.kriya.catalog.search.ProductSearch;
import id.kriya.catalog.search.SearchCriteria;
import id.kriya.catalog.search.SearchResults;
import id.kriya.catalog.search.SearchSort;
import id.kriya.catalog.showcase.ProductShowcase;
import id.kriya.council.CouncilManagement;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Product search for buyers. Every parameter arrives as text in {@link SearchParams}, bound as for the JSON API, and
 * is read by {@link SearchCriteria}, so nonsense (a price that is not a number, an unknown sort) gets a notice on
 * the page instead of an error. With htmx only the results are swapped while the address bar keeps the full,
 * shareable URL; without JavaScript the form simply reloads the page.
 */
@Controller
class SearchController {

    static final String VIEW = "catalog/search";
    static final String RESULTS_FRAGMENT = "catalog/search :: results";

    private final ProductSearch search;
    private final ProductShowcase showcase;
    private final CouncilManagement councils;

    SearchController(ProductSearch search, ProductShowcase showcase, CouncilManagement councils) {
        this.search = search;
        this.showcase = showcase;
        this.councils = councils;
    }

    @GetMapping("/search")
    String page(SearchParams params, Model model) {
        results(params.forPage(), model);
        model.addAttribute("areas", councils.allAreas());
        // The layout leaves its search box out: this page's own carries the filters, so there is one box, not two.
        model.addAttribute("searchPage", true);
        return VIEW;
    }

    @HxRequest
    @GetMapping("/search")
    String resultsOnly(SearchParams params, Model model) {
        results(params.forPage(), model);
        return RESULTS_FRAGMENT;
    }

    private void results(SearchCriteria criteria, Model model) {
        SearchResults results = search.search(criteria);
        model.addAttribute("criteria", criteria);
        model.addAttribute("results", results);
        model.addAttribute("cards", showcase.cards(results));
        model.addAttribute("links", new SearchLinks(criteria));
        model.addAttribute("crafts", Craft.values());
        model.addAttribute("sorts", SearchSort.values());
    }
}
