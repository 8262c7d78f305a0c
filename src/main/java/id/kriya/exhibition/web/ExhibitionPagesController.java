package id.kriya.exhibition.web;

import id.kriya.exhibition.BoothZone;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What visitors see: exhibitions on now, coming and past, and one exhibition with its stages, booth plans and rooms,
 * and a room with its statement and works. */
@Controller
class ExhibitionPagesController {

    static final String LIST_VIEW = "exhibition/list";
    static final String PAGE_VIEW = "exhibition/exhibition";
    static final String ROOM_VIEW = "exhibition/room";

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
        ExhibitionView exhibition = exhibitions.bySlug(slug).orElseThrow(ExhibitionNotFoundException::new);
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("rooms", exhibitions.rooms(exhibition.id()));
        model.addAttribute("today", exhibitions.today());
        model.addAttribute("zones", BoothZone.values());
        return PAGE_VIEW;
    }

    @GetMapping("/exhibitions/{slug}/rooms/{room}")
    String room(@PathVariable String slug, @PathVariable String room, Model model) {
        model.addAttribute("page", exhibitions.room(slug, room).orElseThrow(ExhibitionNotFoundException::new));
        return ROOM_VIEW;
    }
}
