package id.kriya.exhibition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.RoomDetails;
import id.kriya.exhibition.RoomView;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rooms of an exhibition, for the organising council's officers: added with their works as product addresses,
 * one per line, changed, moved a place and removed. A line that names no public product is pointed out by number.
 */
@Controller
class OfficerRoomsController {

    static final String FORM_VIEW = "exhibition/room-form";

    private final ExhibitionManagement exhibitions;
    private final ProductCatalog catalog;

    OfficerRoomsController(ExhibitionManagement exhibitions, ProductCatalog catalog) {
        this.exhibitions = exhibitions;
        this.catalog = catalog;
    }

    @GetMapping("/officer/exhibitions/{id}/rooms/new")
    String newForm(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("exhibition", exhibitions.exhibitionOf(me.id(), id));
        model.addAttribute("roomForm", new RoomForm());
        return FORM_VIEW;
    }

    @PostMapping("/officer/exhibitions/{id}/rooms/new")
    String add(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
               @Valid @ModelAttribute("roomForm") RoomForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        ExhibitionView exhibition = exhibitions.exhibitionOf(me.id(), id);
        model.addAttribute("exhibition", exhibition);
        int position = exhibitions.rooms(id).size() + 1;
        return save(form, errors, redirect, id,
                works -> exhibitions.addRoom(me.id(), id, new RoomDetails(position, form.getTitle().strip(),
                        form.getStatement().strip(), works)));
    }

    @GetMapping("/officer/exhibitions/{id}/rooms/{roomId}")
    String editForm(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long roomId,
                    Model model) {
        RoomView room = prepare(me, id, roomId, model);
        RoomForm form = new RoomForm();
        form.setTitle(room.title());
        form.setStatement(room.statement());
        Map<Long, ProductView> products = catalog.findAll(room.productIds()).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        form.setWorks(room.productIds().stream().map(products::get).filter(product -> product != null)
                .map(product -> "/products/" + product.slug()).collect(Collectors.joining("\n")));
        model.addAttribute("roomForm", form);
        return FORM_VIEW;
    }

    @PostMapping("/officer/exhibitions/{id}/rooms/{roomId}")
    String change(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long roomId,
                  @Valid @ModelAttribute("roomForm") RoomForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        RoomView room = prepare(me, id, roomId, model);
        return save(form, errors, redirect, id, works -> exhibitions.changeRoom(me.id(), id, roomId,
                new RoomDetails(room.position(), form.getTitle().strip(), form.getStatement().strip(), works)));
    }

    @PostMapping("/officer/exhibitions/{id}/rooms/{roomId}/remove")
    String remove(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long roomId,
                  RedirectAttributes redirect) {
        exhibitions.removeRoom(me.id(), id, roomId);
        redirect.addFlashAttribute("flash", "exhibition.room.removed");
        return "redirect:/officer/exhibitions/" + id + "#rooms";
    }

    @PostMapping("/officer/exhibitions/{id}/rooms/{roomId}/earlier")
    String earlier(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long roomId) {
        exhibitions.moveRoom(me.id(), id, roomId, true);
        return "redirect:/officer/exhibitions/" + id + "#rooms";
    }

    @PostMapping("/officer/exhibitions/{id}/rooms/{roomId}/later")
    String later(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long roomId) {
        exhibitions.moveRoom(me.id(), id, roomId, false);
        return "redirect:/officer/exhibitions/" + id + "#rooms";
    }

    private RoomView prepare(KriyaUser me, long id, long roomId, Model model) {
        model.addAttribute("exhibition", exhibitions.exhibitionOf(me.id(), id));
        RoomView room = exhibitions.rooms(id).stream().filter(found -> found.id() == roomId).findFirst()
                .orElseThrow(ExhibitionNotFoundException::new);
        model.addAttribute("room", room);
        return room;
    }

    private interface RoomSaving {
        void save(List<Long> works);
    }

    private String save(RoomForm form, BindingResult errors, RedirectAttributes redirect, long id, RoomSaving saving) {
        if (errors.hasErrors()) {
            return FORM_VIEW;
        }
        List<Long> works = works(form, errors);
        if (errors.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            saving.save(works);
        } catch (ExhibitionRuleException e) {
            errors.rejectValue(e.messageKey().equals("exhibition.rule.roomWords") ? "title" : "works",
                    e.messageKey(), e.arguments(), null);
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("flash", "exhibition.room.saved");
        return "redirect:/officer/exhibitions/" + id + "#rooms";
    }

    /** The works' product ids in order; each line that names no public product is rejected by its number. */
    private List<Long> works(RoomForm form, BindingResult errors) {
        List<Long> works = new ArrayList<>();
        for (RoomForm.WorkLine line : form.workLines()) {
            Optional<ProductView> product = line.slug().flatMap(catalog::published);
            if (product.isPresent()) {
                works.add(product.get().id());
            } else {
                errors.rejectValue("works", "exhibition.room.badLine", new Object[] {line.number(), line.text()}, null);
            }
        }
        return works;
    }
}
