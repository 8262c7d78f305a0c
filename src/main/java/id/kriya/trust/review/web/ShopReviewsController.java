package id.kriya.trust.review.web;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

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
 * The reviews of the artisan's shop (owner or staff): those still without an answer first; one review with the form
 * for its one public answer, and a way to report it to the council when it breaks the rules. A review of another
 * shop does not exist here.
 */
@Controller
class ShopReviewsController {

    static final String LIST_VIEW = "trust/review/shop";
    static final String VIEW = "trust/review/shop-review";
    static final int PAGE_SIZE = 20;

    private final ReviewQueries queries;
    private final ReviewDesk desk;

    ShopReviewsController(ReviewQueries queries, ReviewDesk desk) {
        this.queries = queries;
        this.desk = desk;
    }

    @GetMapping("/my/reviews")
    String list(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", queries.ofShop(me.id(), PageNumber.of(page, PAGE_SIZE)));
        model.addAttribute("pageUrl", "/my/reviews");
        return LIST_VIEW;
    }

    @GetMapping("/my/reviews/{id}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("answerForm", new AnswerForm());
        model.addAttribute("reportForm", new ReasonForm());
        return page(me, id, model);
    }

    @PostMapping("/my/reviews/{id}/answer")
    String answer(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                  @ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("reportForm", new ReasonForm());
        return act(me, id, form.getText(), "text", errors, model, redirect, ReviewDesk::answerProblem,
                text -> desk.answer(me.id(), id, text), "trust.review.answered");
    }

    @PostMapping("/my/reviews/{id}/report")
    String report(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                  @ModelAttribute("reportForm") ReasonForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("answerForm", new AnswerForm());
        model.addAttribute("reportOpen", true);
        return act(me, id, form.getReason(), "reason", errors, model, redirect, ReviewDesk::reasonProblem,
                text -> desk.report(me.id(), id, text), "trust.review.reported");
    }

    private String act(KriyaUser me, long id, String text, String field, BindingResult errors, Model model,
                       RedirectAttributes redirect, Function<String, Optional<String>> problem,
                       Consumer<String> action, String done) {
        queries.oneOfShop(me.id(), id);
        problem.apply(text).ifPresent(key -> errors.rejectValue(field, key));
        if (errors.hasErrors()) {
            return page(me, id, model);
        }
        try {
            action.accept(text);
            redirect.addFlashAttribute("flash", done);
        } catch (ReviewRuleException e) {
            // Answered or reported meanwhile (another tab, a colleague): the page now shows why there is no form.
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/my/reviews/" + id;
    }

    private String page(KriyaUser me, long id, Model model) {
        model.addAttribute("page", queries.oneOfShop(me.id(), id));
        return VIEW;
    }
}
