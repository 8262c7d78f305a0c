package id.kriya.trust.review.web;

import id.kriya.account.KriyaUser;
import id.kriya.shared.PageNumber;
import id.kriya.trust.review.ReviewDesk;
import id.kriya.trust.review.ReviewQueries;
import id.kriya.trust.review.ReviewRuleException;
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
 * A council officer's reviews: those of shops in their area, the ones artisans reported first (or only those), and
 * one review with what the officer may do: hide it with a reason its author reads, keep a reported one, or show a
 * hidden one again. A review of a shop outside the officer's area does not exist for them.
 */
@Controller
class OfficerReviewsController {

    static final String LIST_VIEW = "trust/review/officer";
    static final String VIEW = "trust/review/officer-review";
    static final int PAGE_SIZE = 20;

    private final ReviewQueries queries;
    private final ReviewDesk desk;

    OfficerReviewsController(ReviewQueries queries, ReviewDesk desk) {
        this.queries = queries;
        this.desk = desk;
    }

    @GetMapping("/officer/reviews")
    String list(@AuthenticationPrincipal KriyaUser me, @RequestParam(required = false) String reported,
                @RequestParam(defaultValue = "0") int page, Model model) {
        boolean reportedOnly = "true".equalsIgnoreCase(reported);
        model.addAttribute("reportedOnly", reportedOnly);
        model.addAttribute("page", queries.inArea(me.id(), reportedOnly, PageNumber.of(page, PAGE_SIZE)));
        model.addAttribute("pageUrl", reportedOnly ? "/officer/reviews?reported=true" : "/officer/reviews");
        return LIST_VIEW;
    }

    @GetMapping("/officer/reviews/{id}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("hideForm", new ReasonForm());
        return page(me, id, model);
    }

    @PostMapping("/officer/reviews/{id}/hide")
    String hide(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                @ModelAttribute("hideForm") ReasonForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        queries.oneInArea(me.id(), id);
        ReviewDesk.reasonProblem(form.getReason()).ifPresent(key -> errors.rejectValue("reason", key));
        if (errors.hasErrors()) {
            return page(me, id, model);
        }
        return act(() -> desk.hide(me.id(), id, form.getReason()), id, "trust.review.hidden", redirect);
    }

    @PostMapping("/officer/reviews/{id}/keep")
    String keep(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return act(() -> desk.keep(me.id(), id), id, "trust.review.kept", redirect);
    }

    @PostMapping("/officer/reviews/{id}/restore")
    String restore(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return act(() -> desk.restore(me.id(), id), id, "trust.review.restored", redirect);
    }

    private static String act(Runnable action, long id, String done, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ReviewRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/officer/reviews/" + id;
    }

    private String page(KriyaUser me, long id, Model model) {
        model.addAttribute("page", queries.oneInArea(me.id(), id));
        return VIEW;
    }
}
