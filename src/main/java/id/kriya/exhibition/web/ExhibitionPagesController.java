package id.kriya.exhibition.web;

import id.kriya.exhibition.BoothZone;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What visitors see: exhibitions on now, coming and past, and one exhibition with its stages and booth plans. */
@Controller
class ExhibitionPagesController {

    static final String LIST_VIEW = "exhibition/list";
    static final String PAGE_VIEW = "exhibition/exhibition";

    private final ExhibitionManagement exhibitions;

    ExhibitionPagesController(ExhibitionManagement exhibitions) {
        this.exhibitions = exhibitions;
    }

    @GetMapping("/exhibitions")
    String list(Model model) {
        model.addAttribute("listing", exhibitions.listing());
        return LIST_VIEW;
    }

    @GetMapping("/exhibitions/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("exhibition", exhibitions.bySlug(slug).orElseThrow(ExhibitionNotFoundException::new));
        model.addAttribute("today", exhibitions.today());
        model.addAttribute("zones", BoothZone.values());
        return PAGE_VIEW;
    }
}
