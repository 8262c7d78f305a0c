package id.kriya.trust.review.web;

import static id.kriya.trust.review.web.BuyerAccessRules.present;
import static id.kriya.trust.review.web.BuyerAccessRules.redirectToOrder;
import static id.kriya.trust.review.web.BuyerAccessRules.signedIn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kriya.account.KriyaUser;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoRejectedException;
import id.kriya.trust.review.ReviewDesk;
import id.kriya.trust.review.ReviewNotFoundException;
import id.kriya.trust.review.ReviewQueries;
import id.kriya.trust.review.ReviewQueries.LineReview;
import id.kriya.trust.review.ReviewRuleException;
import id.kriya.trust.review.ReviewView;
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
 * The buyer's reviews of a completed order: each line with its review or a way to write one, and the form that
 * writes a review or changes it once. Signed in, as the account that ordered or, for a guest order, holding its
 * checkout key (the link in the mail carries it); anyone else's order does not exist here. A refused review
 * changes nothing: the photos sent with it are not kept.
 */
@Controller
class BuyerReviewsController {

    static final String ORDER_VIEW = "trust/review/order";
    static final String FORM_VIEW = "trust/review/form";

    private final ReviewQueries queries;
    private final ReviewDesk desk;
    private final MediaLibrary media;

    BuyerReviewsController(ReviewQueries queries, ReviewDesk desk, MediaLibrary media) {
        this.queries = queries;
        this.desk = desk;
        this.media = media;
    }

    @GetMapping("/orders/{number}/reviews")
    String order(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                 @RequestParam(required = false) String key, Model model) {
        model.addAttribute("reviews", queries.ofOrder(signedIn(me).id(), key, number));
        model.addAttribute("key", present(key));
        return ORDER_VIEW;
    }

    @GetMapping("/orders/{number}/reviews/{productId}")
    String form(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, @PathVariable long productId,
                @RequestParam(required = false) String key, Model model, RedirectAttributes redirect) {
        LineReview line = queries.line(signedIn(me).id(), key, number, productId);
        try {
            if (line.review() == null) {
                desk.checkWritable(me.id(), key, number, productId);
            } else if (!line.review().isEditable()) {
                throw new ReviewRuleException("trust.review.rule.editClosed");
            }
        } catch (ReviewRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return redirectToOrder(number, key);
        }
        model.addAttribute("form", line.review() == null ? new ReviewForm() : ReviewForm.of(line.review()));
        return form(line, number, key, model);
    }

    @PostMapping("/orders/{number}/reviews/{productId}")
    String write(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, @PathVariable long productId,
                 @RequestParam(required = false) String key, @ModelAttribute("form") ReviewForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        return send(me, number, productId, key, form, false, errors, model, redirect);
    }

    /** The one change: its own address, so that a new review's form sent twice never spends it. */
    @PostMapping("/orders/{number}/reviews/{productId}/edit")
    String edit(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, @PathVariable long productId,
                @RequestParam(required = false) String key, @ModelAttribute("form") ReviewForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        return send(me, number, productId, key, form, true, errors, model, redirect);
    }

    private String send(KriyaUser me, String number, long productId, String key, ReviewForm form, boolean editing,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        LineReview line = queries.line(signedIn(me).id(), key, number, productId);
        ReviewView existing = editing ? line.review() : null;
        if (editing && existing == null) {
            throw new ReviewNotFoundException();
        }
        List<PhotoId> kept = existing == null ? List.of() : form.kept(existing.photoIds());
        form.check(errors, kept.size());
        ReviewDesk.textProblem(form.getText()).ifPresent(problem -> errors.rejectValue("text", problem));
        if (errors.hasErrors()) {
            return form(line, number, key, model);
        }
        try {
            if (existing == null) {
                desk.checkWritable(me.id(), key, number, productId);
            }
            media.uploadAll(me.id(), form.chosen(), uploaded -> {
                List<PhotoId> photos = new ArrayList<>(kept);
                photos.addAll(uploaded);
                ReviewDesk.Draft draft = new ReviewDesk.Draft(form.scores(), form.getText(), photos);
                if (existing == null) {
                    desk.write(me.id(), key, number, productId, draft);
                } else {
                    desk.edit(me.id(), existing.id(), draft);
                }
            });
        } catch (PhotoRejectedException e) {
            errors.rejectValue("photos", e.messageKey(), e.arguments(), null);
            return form(line, number, key, model);
        } catch (ReviewRuleException e) {
            String field = e.messageKey().startsWith("trust.review.photos.") ? "photos"
                    : e.messageKey().startsWith("trust.review.text.") ? "text" : null;
            if (field == null) {
                // Not the draft but the review's state (reviewed already, changed already, time over): the form no
                // longer applies, and the order's reviews page shows where things stand.
                redirect.addFlashAttribute("flashError", e.messageKey());
                return redirectToOrder(number, key);
            }
            errors.rejectValue(field, e.messageKey());
            return form(line, number, key, model);
        }
        redirect.addFlashAttribute("flash", existing == null ? "trust.review.posted" : "trust.review.changed");
        return redirectToOrder(number, key);
    }

    private String form(LineReview line, String number, String key, Model model) {
        model.addAttribute("line", line);
        model.addAttribute("number", number);
        model.addAttribute("key", present(key));
        model.addAttribute("photos", line.review() == null ? Map.of()
                : media.findAll(line.review().photoIds()));
        return FORM_VIEW;
    }
}
