package id.kriya.artisan.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.kriya.artisan.ArtisanDirectory;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.BusinessNotFoundException;
import id.kriya.artisan.Craft;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import id.kriya.shared.PageNumber;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public directory of verified businesses and each one's profile. */
@Controller
class DirectoryController {

    static final String LIST_VIEW = "artisan/directory";
    static final String RESULTS_FRAGMENT = LIST_VIEW + " :: results";
    static final String PROFILE_VIEW = "artisan/profile";
    static final int PAGE_SIZE = 12;

    private final ArtisanDirectory directory;
    private final CouncilManagement councils;

    DirectoryController(ArtisanDirectory directory, CouncilManagement councils) {
        this.directory = directory;
        this.councils = councils;
    }

    @GetMapping("/artisans")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String regency,
                @RequestParam(required = false) String craft, @RequestParam(defaultValue = "0") int page, Model model) {
        results(q, regency, craft, page, model);
        return LIST_VIEW;
    }

    /** htmx filtering: only the results, while the browser's address (hx-push-url) stays the full page's. */
    @HxRequest
    @GetMapping("/artisans")
    String resultsOnly(@RequestParam(required = false) String q, @RequestParam(required = false) String regency,
                       @RequestParam(required = false) String craft, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        results(q, regency, craft, page, model);
        return RESULTS_FRAGMENT;
    }

    private void results(String q, String regency, String craft, int page, Model model) {
        List<CouncilView> areas = councils.allAreas();
        Set<String> all = areas.stream().map(CouncilView::code).collect(Collectors.toSet());
        // An unknown regency or craft is ignored rather than an error: these links get shared and shortened.
        String chosenRegency = regency != null && all.contains(regency) ? regency : null;
        Craft chosenCraft = parseCraft(craft);
        String text = q == null || q.isBlank() ? null : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("regency", chosenRegency);
        model.addAttribute("craft", chosenCraft);
        model.addAttribute("areas", areas);
        model.addAttribute("areaNames", councils.areaNames());
        model.addAttribute("crafts", Craft.values());
        model.addAttribute("artisans", directory.verified(chosenRegency == null ? all : Set.of(chosenRegency),
                chosenCraft, text, PageNumber.of(page, PAGE_SIZE)));
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/artisans");
        if (text != null) {
            url.queryParam("q", text);
        }
        if (chosenRegency != null) {
            url.queryParam("regency", chosenRegency);
        }
        if (chosenCraft != null) {
            url.queryParam("craft", chosenCraft);
        }
        model.addAttribute("pageUrl", url.encode().toUriString());
    }

    @GetMapping("/artisans/{slug}")
    String profile(@PathVariable String slug, Model model) {
        ArtisanProfile artisan = directory.published(slug).orElseThrow(() -> new BusinessNotFoundException(0));
        model.addAttribute("artisan", artisan);
        model.addAttribute("council", councils.find(artisan.regionCode()).orElse(null));
        return PROFILE_VIEW;
    }

    private static Craft parseCraft(String craft) {
        for (Craft candidate : Craft.values()) {
            if (candidate.name().equals(craft)) {
                return candidate;
            }
        }
        return null;
    }
}
