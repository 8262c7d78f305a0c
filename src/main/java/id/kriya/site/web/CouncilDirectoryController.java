package id.kriya.site.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kriya.artisan.ArtisanDirectory;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import id.kriya.shared.PageNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The councils by region code, each with its verified members. */
@Controller
class CouncilDirectoryController {

    static final String LIST_VIEW = "site/councils";
    static final String COUNCIL_VIEW = "site/council";
    static final int PAGE_SIZE = 12;

    private final CouncilManagement councils;
    private final ArtisanDirectory artisans;

    CouncilDirectoryController(CouncilManagement councils, ArtisanDirectory artisans) {
        this.councils = councils;
        this.artisans = artisans;
    }

    @GetMapping("/councils")
    String councils(Model model) {
        Map<String, Long> counts = artisans.countsByRegion();
        List<ProvinceEntry> provinces = councils.provinces().stream()
                .map(province -> new ProvinceEntry(province, councils.areasOf(province.code()).stream()
                        .map(area -> new AreaEntry(area, counts.getOrDefault(area.code(), 0L))).toList()))
                .toList();
        model.addAttribute("provinces", provinces);
        return LIST_VIEW;
    }

    @GetMapping("/councils/{code}")
    String council(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        CouncilView council = councils.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Set<String> regionCodes = councils.regionCodesUnder(code);
        List<CouncilView> areas = council.isProvince() ? councils.areasOf(code) : List.of();
        model.addAttribute("council", council);
        model.addAttribute("areas", areas);
        model.addAttribute("areaNames", councils.areaNames());
        model.addAttribute("parent", council.parentCode() == null ? null : councils.find(council.parentCode()).orElse(null));
        model.addAttribute("artisans", artisans.verified(regionCodes, null, null, PageNumber.of(page, PAGE_SIZE)));
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/councils/{code}").buildAndExpand(code).encode().toUriString());
        return COUNCIL_VIEW;
    }

    /** A province with its regencies and cities. */
    record ProvinceEntry(CouncilView council, List<AreaEntry> areas) {
    }

    /** A regency or city council with its count of verified members. */
    record AreaEntry(CouncilView council, long verifiedMembers) {
    }
}
