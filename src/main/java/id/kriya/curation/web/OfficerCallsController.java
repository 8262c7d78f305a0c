package id.kriya.curation.web;

import java.util.Map;
import java.util.Set;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.Craft;
import id.kriya.council.CouncilManagement;
import id.kriya.curation.CallDetails;
import id.kriya.curation.CallManagement;
import id.kriya.curation.CallView;
import id.kriya.curation.CurationNotFoundException;
import id.kriya.curation.CurationRuleException;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' list of calls, and opening or changing one for an exhibition of their council. */
@Controller
class OfficerCallsController {

    static final String LIST_VIEW = "curation/officer-calls";
    static final String FORM_VIEW = "curation/call-form";

    /** Which field a refused rule belongs beside; the rest go above the form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("curation.rule.titleMissing", "title"),
            Map.entry("curation.rule.noStage", "stageIds"),
            Map.entry("curation.rule.deadlineBeforeOpening", "deadline"),
            Map.entry("curation.rule.scoringBeforeDeadline", "scoringClosesAt"),
            Map.entry("curation.rule.maxProducts", "maxProducts"),
            Map.entry("curation.rule.statementLimit", "statementLimit"),
            Map.entry("curation.rule.scale", "scaleMax"),
            Map.entry("curation.rule.passMark", "passMark"),
            Map.entry("curation.rule.criteria", "criteria"),
            Map.entry("curation.rule.weights", "criteria"),
            Map.entry("curation.rule.quota", "regionQuotas"),
            Map.entry("curation.rule.regionOutsideArea", "eligibleRegions"));

    private final CallManagement calls;
    private final ExhibitionManagement exhibitions;
    private final CouncilManagement councils;

    OfficerCallsController(CallManagement calls, ExhibitionManagement exhibitions, CouncilManagement councils) {
        this.calls = calls;
        this.exhibitions = exhibitions;
        this.councils = councils;
    }

    @GetMapping("/officer/calls")
    String list(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("calls", calls.callsOf(me.id()));
        model.addAttribute("fromArea", calls.applicationsFromAreaOf(me.id()));
        model.addAttribute("exhibitions", exhibitions.exhibitionsOf(me.id()).stream()
                .filter(exhibition -> !exhibition.stages().isEmpty()).toList());
        return LIST_VIEW;
    }

    @GetMapping("/officer/calls/new")
    String newForm(@AuthenticationPrincipal KriyaUser me, @RequestParam long exhibition, Model model) {
        ExhibitionView shown = prepare(me, exhibition, model);
        CallForm form = new CallForm();
        form.setTitle(shown.title());
        model.addAttribute("callForm", form);
        return FORM_VIEW;
    }

    @PostMapping("/officer/calls/new")
    String open(@AuthenticationPrincipal KriyaUser me, @RequestParam long exhibition,
                @Valid @ModelAttribute("callForm") CallForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        prepare(me, exhibition, model);
        CallDetails details = errors.hasErrors() ? null : form.details(errors);
        if (details != null) {
            try {
                long id = calls.open(me.id(), exhibition, details);
                redirect.addFlashAttribute("flash", "curation.call.opened");
                return "redirect:/officer/calls/" + id;
            } catch (CurationRuleException e) {
                reject(e, errors);
            }
        }
        return FORM_VIEW;
    }

    @GetMapping("/officer/calls/{id}/edit")
    String editForm(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        CallView call = calls.callOf(me.id(), id);
        prepare(me, call.exhibitionId(), model);
        model.addAttribute("callId", id);
        model.addAttribute("callForm", CallForm.of(call));
        return FORM_VIEW;
    }

    @PostMapping("/officer/calls/{id}/edit")
    String change(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                  @Valid @ModelAttribute("callForm") CallForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CallView call = calls.callOf(me.id(), id);
        prepare(me, call.exhibitionId(), model);
        model.addAttribute("callId", id);
        CallDetails details = errors.hasErrors() ? null : form.details(errors);
        if (details != null) {
            try {
                calls.change(me.id(), id, details);
                redirect.addFlashAttribute("flash", "curation.call.saved");
                return "redirect:/officer/calls/" + id;
            } catch (CurationRuleException e) {
                reject(e, errors);
            }
        }
        return FORM_VIEW;
    }

    private ExhibitionView prepare(KriyaUser me, long exhibitionId, Model model) {
        ExhibitionView exhibition;
        try {
            exhibition = exhibitions.exhibitionOf(me.id(), exhibitionId);
        } catch (ExhibitionNotFoundException e) {
            throw new CurationNotFoundException();
        }
        model.addAttribute("exhibition", exhibition);
        Set<String> organisers = councils.regionCodesUnder(exhibition.organiserCode());
        model.addAttribute("areas", councils.areasOf(exhibition.organiserCode().substring(0, 2)).stream()
                .filter(area -> organisers.contains(area.code())).toList());
        model.addAttribute("crafts", Craft.values());
        model.addAttribute("zones", BoothZone.values());
        return exhibition;
    }

    static void reject(CurationRuleException e, BindingResult errors) {
        String field = FIELDS.get(e.messageKey());
        if (field == null) {
            errors.reject(e.messageKey(), e.arguments(), null);
        } else {
            errors.rejectValue(field, e.messageKey(), e.arguments(), null);
        }
    }
}
