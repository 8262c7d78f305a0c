package id.kriya.site.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.kriya.artisan.ArtisanDirectory;
import id.kriya.catalog.showcase.ProductShowcase;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what Kriya is in a line, then pieces to buy with their photos and prices (the newest, and those the
 * curators chose), the newest verified artisans, and every regency with its member count.
 */
@Controller
class HomeController {

    static final String VIEW = "site/home";
    static final int NEWEST = 6;
    /** Two rows of two on a phone, two rows of three wider up. */
    static final int PRODUCTS = 6;

    private final CouncilManagement councils;
    private final ArtisanDirectory artisans;
    private final ProductShowcase showcase;

    HomeController(CouncilManagement councils, ArtisanDirectory artisans, ProductShowcase showcase) {
        this.councils = councils;
        this.artisans = artisans;
        this.showcase = showcase;
    }

    @GetMapping("/")
    String home(Model model) {
        List<CouncilView> areas = councils.allAreas();
        Map<String, Long> counts = artisans.countsByRegion();
        Set<String> regionCodes = areas.stream().map(CouncilView::code).collect(Collectors.toSet());

        model.addAttribute("areas", areas.stream()
                .map(area -> new CouncilDirectoryController.AreaEntry(area, counts.getOrDefault(area.code(), 0L)))
                .toList());
        model.addAttribute("areaNames", councils.areaNames());
        model.addAttribute("memberCount", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("newProducts", showcase.newest(PRODUCTS));
        // Nothing on the home page uses htmx: the layout leaves it out.
        model.addAttribute("htmxUnused", true);
        model.addAttribute("curatedProducts", showcase.curated(PRODUCTS));
        model.addAttribute("newest", artisans.verified(regionCodes, null, null, PageRequest.of(0, NEWEST)).getContent());
        return VIEW;
    }
}
