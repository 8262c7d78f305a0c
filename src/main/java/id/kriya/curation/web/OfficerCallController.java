package id.kriya.curation.web;

import java.util.function.Consumer;

import id.kriya.account.KriyaUser;
import id.kriya.council.CouncilManagement;
import id.kriya.curation.CallManagement;
import id.kriya.curation.CallView;
import id.kriya.curation.CurationRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One call for its officers: its terms and curators, the applications with identities and scores, the proposal with
 * its hand adjustments, and the steps: close entries, close scoring, propose, publish.
 */
@Controller
class OfficerCallController {

    static final String VIEW = "curation/officer-call";

    private final CallManagement calls;
    private final CouncilManagement councils;
    private final MessageSource messages;

    OfficerCallController(CallManagement calls, CouncilManagement councils, MessageSource messages) {
        this.calls = calls;
        this.councils = councils;
        this.messages = messages;
    }

    @GetMapping("/officer/calls/{id}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        CallView call = calls.callOf(me.id(), id);
        model.addAttribute("call", call);
        model.addAttribute("page", new CallPage(calls.exhibitionOf(me.id(), id), call));
        model.addAttribute("curatorNames", calls.curatorNames(me.id(), id));
        model.addAttribute("results", calls.results(me.id(), id));
        model.addAttribute("adjustments", calls.adjustments(me.id(), id));
        model.addAttribute("councils", councils.all());
        model.addAttribute("areaNames", councils.areaNames());
        return VIEW;
    }

    @PostMapping("/officer/calls/{id}/curators")
    String assign(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @RequestParam String email,
                  @RequestParam String homeCouncilCode, RedirectAttributes redirect) {
        return step(id, redirect, "curation.curator.assigned",
                officer -> calls.assignCurator(officer, id, email, homeCouncilCode), me);
    }

    @PostMapping("/officer/calls/{id}/curators/{curatorId}/remove")
    String unassign(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long curatorId,
                    RedirectAttributes redirect) {
        return step(id, redirect, "curation.curator.removed", officer -> calls.removeCurator(officer, id, curatorId), me);
    }

    @PostMapping("/officer/calls/{id}/close-entries")
    String closeEntries(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "curation.call.entriesClosed", officer -> calls.closeEntries(officer, id), me);
    }

    @PostMapping("/officer/calls/{id}/close-scoring")
    String closeScoring(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "curation.call.scoringClosed", officer -> calls.closeScoring(officer, id), me);
    }

    @PostMapping("/officer/calls/{id}/propose")
    String propose(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "curation.call.proposed", officer -> calls.propose(officer, id), me);
    }

    @PostMapping("/officer/calls/{id}/publish")
    String publish(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "curation.call.published", officer -> calls.publish(officer, id), me);
    }

    private String step(long id, RedirectAttributes redirect, String done, Consumer<Long> action, KriyaUser me) {
        try {
            action.accept(me.id());
            redirect.addFlashAttribute("flash", done);
        } catch (CurationRuleException e) {
            redirect.addFlashAttribute("flashErrorText",
                    messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/officer/calls/" + id;
    }
}
