package id.kriya.exhibition.web;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.ExhibitionView;
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

/** Exhibitions for the officers of the organising council and the councils above it. */
@Controller
class OfficerExhibitionsController {

    static final String LIST_VIEW = "exhibition/officer-exhibitions";
    static final String FORM_VIEW = "exhibition/exhibition-form";

    private final ExhibitionManagement exhibitions;

    OfficerExhibitionsController(ExhibitionManagement exhibitions) {
        this.exhibitions = exhibitions;
    }

    @ModelAttribute("modes")
    ExhibitionMode[] modes() {
        return ExhibitionMode.values();
    }

    @GetMapping("/officer/exhibitions")
    String list(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("exhibitions", exhibitions.exhibitionsOf(me.id()));
        return LIST_VIEW;
    }

    @GetMapping("/officer/exhibitions/new")
    String newForm(Model model) {
        model.addAttribute("exhibitionForm", new ExhibitionForm());
        return FORM_VIEW;
    }

    @PostMapping("/officer/exhibitions/new")
    String add(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("exhibitionForm") ExhibitionForm form,
               BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ExhibitionView added = exhibitions.addExhibition(me.id(), form.details());
                redirect.addFlashAttribute("flash", "exhibition.saved");
                return "redirect:/officer/exhibitions/" + added.id();
            } catch (ExhibitionRuleException e) {
                errors.rejectValue("organiserCode", e.messageKey(), e.arguments(), null);
            }
        }
        return FORM_VIEW;
    }

    @GetMapping("/officer/exhibitions/{id}")
    String editForm(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        ExhibitionView exhibition = exhibitions.exhibitionOf(me.id(), id);
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("rooms", exhibitions.rooms(id));
        model.addAttribute("exhibitionForm", ExhibitionForm.of(exhibition));
        return FORM_VIEW;
    }

    @PostMapping("/officer/exhibitions/{id}")
    String change(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                  @Valid @ModelAttribute("exhibitionForm") ExhibitionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("exhibition", exhibitions.exhibitionOf(me.id(), id));
        model.addAttribute("rooms", exhibitions.rooms(id));
        if (!errors.hasErrors()) {
            try {
                exhibitions.changeExhibition(me.id(), id, form.details());
                redirect.addFlashAttribute("flash", "exhibition.saved");
                return "redirect:/officer/exhibitions/" + id;
            } catch (ExhibitionRuleException e) {
                String field = e.messageKey().equals("exhibition.rule.outsideJurisdiction") ? "organiserCode" : "mode";
                errors.rejectValue(field, e.messageKey(), e.arguments(), null);
            }
        }
        return FORM_VIEW;
    }
}
