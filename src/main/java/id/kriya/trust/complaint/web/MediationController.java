package id.kriya.trust.complaint.web;

import id.kriya.account.KriyaUser;
import id.kriya.shared.PageNumber;
import id.kriya.trust.complaint.ComplaintMediation;
import id.kriya.trust.complaint.ComplaintThreads;
import id.kriya.trust.complaint.web.ComplaintForms.DecisionForm;
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

/**
 * The council's mediation: the queue of complaints in the officer's areas with their deadlines (or every
 * complaint of those areas), and the decision, taken on the thread's page. Outside the officer's areas a complaint
 * does not exist for them.
 */
@Controller
class MediationController {

    static final String QUEUE_VIEW = "trust/complaint/queue";

    private final ComplaintMediation mediation;
    private final ComplaintThreads threads;
    private final ThreadPage page;

    MediationController(ComplaintMediation mediation, ComplaintThreads threads, ThreadPage page) {
        this.mediation = mediation;
        this.threads = threads;
        this.page = page;
    }

    @GetMapping("/officer/complaints")
    String queue(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "false") boolean all,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("all", all);
        model.addAttribute("complaints", all ? mediation.inArea(me.id(), PageNumber.of(page, 20))
                : mediation.queue(me.id(), PageNumber.of(page, 20)));
        return QUEUE_VIEW;
    }

    @PostMapping("/officer/complaints/{number}/decide")
    String decide(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                  @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        threads.read(me.id(), number);
        form.check(errors);
        if (errors.hasErrors() || !ThreadPage.step(errors, () -> mediation.decide(me.id(), number,
                form.remedyOrNull(), form.amountOrNull(), form.getText()))) {
            return page.show(me.id(), number, model);
        }
        redirect.addFlashAttribute("flash", "complaint.decided");
        return ThreadPage.redirectTo(number);
    }
}
