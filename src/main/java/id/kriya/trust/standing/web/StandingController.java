package id.kriya.trust.standing.web;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.trust.standing.ShopStandings;
import id.kriya.trust.standing.StandingFigures;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The trusted-maker badge in the open: its criteria for everyone, and for an artisan their own shop's figures
 * against each criterion, so they see what to improve (as a marketplace's seller dashboard does).
 */
@Controller
class StandingController {

    static final String CRITERIA = "trust/standing/criteria";
    static final String MINE = "trust/standing/mine";

    private final ShopStandings standings;
    private final ArtisanManagement artisans;

    StandingController(ShopStandings standings, ArtisanManagement artisans) {
        this.standings = standings;
        this.artisans = artisans;
    }

    @GetMapping("/trusted-maker")
    String criteria(Model model) {
        model.addAttribute("rules", standings.rules());
        return CRITERIA;
    }

    @GetMapping("/my/standing")
    String mine(@AuthenticationPrincipal KriyaUser me, Model model) {
        Long businessId = artisans.verifiedBusinessOf(me.id()).map(ArtisanProfile::id).orElse(null);
        if (businessId == null) {
            return "redirect:/my";
        }
        // Shops verified before standings existed get their row on the first change to their orders, reviews or
        // complaints; until then their first visit here computes it, once.
        StandingFigures figures = standings.of(businessId).orElseGet(() -> standings.recompute(businessId));
        model.addAttribute("rules", standings.rules());
        model.addAttribute("figures", figures);
        model.addAttribute("criteria", standings.rules().assess(figures));
        return MINE;
    }
}
