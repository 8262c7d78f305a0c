package id.kriya.curation.web;

import java.util.List;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductCatalog;
import id.kriya.curation.ApplicationResult;
import id.kriya.curation.ApplicationStatus;
import id.kriya.curation.CallManagement;
import id.kriya.curation.CallView;
import id.kriya.curation.CurationNotFoundException;
import id.kriya.curation.CurationRuleException;
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

/** One application for the call's officers: who sent it, each curator's total and comment, and moving it by hand. */
@Controller
class OfficerApplicationController {

    static final String VIEW = "curation/officer-application";

    private final CallManagement calls;
    private final ProductCatalog catalog;

    OfficerApplicationController(CallManagement calls, ProductCatalog catalog) {
        this.calls = calls;
        this.catalog = catalog;
    }

    @ModelAttribute("outcomes")
    List<ApplicationStatus> outcomes() {
        return List.of(ApplicationStatus.SELECTED, ApplicationStatus.WAITLISTED, ApplicationStatus.NOT_SELECTED);
    }

    @GetMapping("/officer/calls/{id}/applications/{applicationId}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long applicationId,
                Model model) {
        ApplicationResult result = prepare(me, id, applicationId, model);
        AdjustForm form = new AdjustForm();
        form.setOutcome(result.proposedOutcome());
        form.setStageId(result.proposedStageId());
        model.addAttribute("adjustForm", form);
        return VIEW;
    }

    @PostMapping("/officer/calls/{id}/applications/{applicationId}")
    String adjust(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long applicationId,
                  @Valid @ModelAttribute("adjustForm") AdjustForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        prepare(me, id, applicationId, model);
        if (!errors.hasErrors()) {
            try {
                calls.adjust(me.id(), id, applicationId, form.getOutcome(), form.getStageId(), form.getReason());
                redirect.addFlashAttribute("flash", "curation.adjust.saved");
                return "redirect:/officer/calls/" + id;
            } catch (CurationRuleException e) {
                if ("curation.rule.reasonMissing".equals(e.messageKey())) {
                    errors.rejectValue("reason", e.messageKey());
                } else if ("curation.rule.noStage".equals(e.messageKey())) {
                    errors.rejectValue("stageId", e.messageKey());
                } else {
                    errors.reject(e.messageKey(), e.arguments(), null);
                }
            }
        }
        return VIEW;
    }

    private ApplicationResult prepare(KriyaUser me, long id, long applicationId, Model model) {
        CallView call = calls.callOf(me.id(), id);
        ApplicationResult result = calls.results(me.id(), id).stream()
                .filter(candidate -> candidate.application().id() == applicationId).findFirst()
                .orElseThrow(CurationNotFoundException::new);
        model.addAttribute("call", call);
        model.addAttribute("page", new CallPage(calls.exhibitionOf(me.id(), id), call));
        model.addAttribute("result", result);
        model.addAttribute("products", catalog.findAll(result.application().productIds()));
        return result;
    }
}
