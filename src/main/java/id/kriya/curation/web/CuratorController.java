package id.kriya.curation.web;

import java.util.ArrayList;

import id.kriya.account.KriyaUser;
import id.kriya.curation.BlindApplication;
import id.kriya.curation.CallView;
import id.kriya.curation.CuratorDesk;
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

/**
 * The curator's desk: their calls, the applications by code with their own progress, and the scoring form. Nothing
 * on these pages names an applicant.
 */
@Controller
class CuratorController {

    static final String CALLS_VIEW = "curation/curator-calls";
    static final String CALL_VIEW = "curation/curator-call";
    static final String SCORE_VIEW = "curation/curator-score";

    private final CuratorDesk desk;

    CuratorController(CuratorDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/curator")
    String calls(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("calls", desk.callsOf(me.id()));
        var waiting = desk.waitingFor(me.id());
        model.addAttribute("waiting", waiting);
        model.addAttribute("waitingTotal", waiting.values().stream().mapToLong(Long::longValue).sum());
        return CALLS_VIEW;
    }

    @GetMapping("/curator/calls/{id}")
    String call(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("call", desk.call(me.id(), id));
        model.addAttribute("lines", desk.applications(me.id(), id));
        return CALL_VIEW;
    }

    @GetMapping("/curator/calls/{id}/applications/{code}")
    String application(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable String code,
                       Model model) {
        BlindApplication application = prepare(me, id, code, model);
        ScoreForm form = new ScoreForm();
        form.setScores(new ArrayList<>(application.myScores()));
        form.setComment(application.myComment());
        model.addAttribute("scoreForm", form);
        return SCORE_VIEW;
    }

    @PostMapping("/curator/calls/{id}/applications/{code}")
    String score(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable String code,
                 @Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        prepare(me, id, code, model);
        if (!errors.hasErrors()) {
            try {
                desk.score(me.id(), id, code, form.getScores(), form.getComment());
                redirect.addFlashAttribute("flash", "curation.score.saved");
                return "redirect:/curator/calls/" + id;
            } catch (CurationRuleException e) {
                errors.reject(e.messageKey(), e.arguments(), null);
            }
        }
        return SCORE_VIEW;
    }

    private BlindApplication prepare(KriyaUser me, long id, String code, Model model) {
        CallView call = desk.call(me.id(), id);
        BlindApplication application;
        try {
            application = desk.application(me.id(), id, code);
        } catch (CurationRuleException e) {
            // An applicant of the curator's own council, when the call keeps them apart: as if it did not exist.
            throw new id.kriya.curation.CurationNotFoundException();
        }
        model.addAttribute("call", call);
        model.addAttribute("blind", application);
        return application;
    }
}
