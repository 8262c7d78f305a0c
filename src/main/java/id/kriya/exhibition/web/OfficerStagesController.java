package id.kriya.exhibition.web;

import java.util.Map;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.booth.BoothZone;
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

/** The stages of an exhibition: added, changed and removed by the organising council's officers. */
@Controller
class OfficerStagesController {

    static final String FORM_VIEW = "exhibition/stage-form";

    /** Which field a refused rule belongs beside. */
    private static final Map<String, String> FIELDS = Map.of(
            "exhibition.rule.datesMissing", "start",
            "exhibition.rule.endBeforeStart", "end",
            "exhibition.rule.numberTaken", "number",
            "exhibition.rule.capacityNegative", "capacities");

    private final ExhibitionManagement exhibitions;

    OfficerStagesController(ExhibitionManagement exhibitions) {
        this.exhibitions = exhibitions;
    }

    @ModelAttribute("zones")
    BoothZone[] zones() {
        return BoothZone.values();
    }

    @GetMapping("/officer/exhibitions/{id}/stages/new")
    String newForm(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        ExhibitionView exhibition = prepare(me, id, model);
        StageForm form = new StageForm();
        form.setNumber(exhibition.stages().size() + 1);
        model.addAttribute("stageForm", form);
        return FORM_VIEW;
    }

    @PostMapping("/officer/exhibitions/{id}/stages/new")
    String add(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
               @Valid @ModelAttribute("stageForm") StageForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        prepare(me, id, model);
        if (!errors.hasErrors()) {
            try {
                exhibitions.addStage(me.id(), id, form.details());
                redirect.addFlashAttribute("flash", "exhibition.stage.saved");
                return "redirect:/officer/exhibitions/" + id;
            } catch (ExhibitionRuleException e) {
                reject(e, errors);
            }
        }
        return FORM_VIEW;
    }

    @GetMapping("/officer/exhibitions/{id}/stages/{stageId}")
    String editForm(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                    Model model) {
        ExhibitionView exhibition = prepare(me, id, model);
        model.addAttribute("stageForm", StageForm.of(exhibition.stage(stageId)
                .orElseThrow(ExhibitionNotFoundException::new)));
        model.addAttribute("stageId", stageId);
        return FORM_VIEW;
    }

    @PostMapping("/officer/exhibitions/{id}/stages/{stageId}")
    String change(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                  @Valid @ModelAttribute("stageForm") StageForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        prepare(me, id, model);
        model.addAttribute("stageId", stageId);
        if (!errors.hasErrors()) {
            try {
                exhibitions.changeStage(me.id(), id, stageId, form.details());
                redirect.addFlashAttribute("flash", "exhibition.stage.saved");
                return "redirect:/officer/exhibitions/" + id;
            } catch (ExhibitionRuleException e) {
                reject(e, errors);
            }
        }
        return FORM_VIEW;
    }

    @PostMapping("/officer/exhibitions/{id}/stages/{stageId}/remove")
    String remove(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                  RedirectAttributes redirect) {
        exhibitions.removeStage(me.id(), id, stageId);
        redirect.addFlashAttribute("flash", "exhibition.stage.removed");
        return "redirect:/officer/exhibitions/" + id;
    }

    private ExhibitionView prepare(KriyaUser me, long id, Model model) {
        ExhibitionView exhibition = exhibitions.exhibitionOf(me.id(), id);
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("venues", exhibitions.venues());
        return exhibition;
    }

    private static void reject(ExhibitionRuleException e, BindingResult errors) {
        errors.rejectValue(FIELDS.getOrDefault(e.messageKey(), "venueId"), e.messageKey(), e.arguments(), null);
    }
}
