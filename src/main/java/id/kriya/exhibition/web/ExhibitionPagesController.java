package id.kriya.exhibition.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.media.Photo;
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
        Map<Long, List<Photo>> venuePhotos = new HashMap<>();
        exhibition.stages().stream().map(StageView::venue).filter(Objects::nonNull)
                .forEach(venue -> venuePhotos.computeIfAbsent(venue.id(), id -> exhibitions.photosOf(venue)));
        model.addAttribute("venuePhotos", venuePhotos);
        return PAGE_VIEW;
    }

    @GetMapping("/exhibitions/{slug}/rooms/{room}")
    String room(@PathVariable String slug, @PathVariable String room, Model model) {
        model.addAttribute("page", exhibitions.room(slug, room).orElseThrow(ExhibitionNotFoundException::new));
        return ROOM_VIEW;
    }
}
