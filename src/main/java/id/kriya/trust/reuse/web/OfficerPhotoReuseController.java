package id.kriya.trust.reuse.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductRuleException;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import id.kriya.shared.PageNumber;
import id.kriya.trust.reuse.PhotoReuseQueue;
import id.kriya.trust.reuse.PhotoReuseStatus;
import id.kriya.trust.reuse.PhotoReuseView;
import id.kriya.trust.reuse.ReuseRuleException;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
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
 * The officer's queue of photos used twice in their areas, one row with both photos side by side, and the decisions:
 * fine, hide the product with a reason, or put back a product hidden for it.
 */
@Controller
class OfficerPhotoReuseController {

    static final String LIST_VIEW = "trust/reuse/officer-list";
    static final String VIEW = "trust/reuse/officer-reuse";
    static final int PAGE_SIZE = 20;

    private final PhotoReuseQueue queue;
    private final MediaLibrary media;

    OfficerPhotoReuseController(PhotoReuseQueue queue, MediaLibrary media) {
        this.queue = queue;
        this.media = media;
    }

    @GetMapping("/officer/photo-reuse")
    String list(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "OPEN") PhotoReuseStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Page<PhotoReuseView> rows = queue.inJurisdiction(me.id(), status, PageNumber.of(page, PAGE_SIZE));
        model.addAttribute("rows", rows);
        model.addAttribute("photos", photosOf(rows.getContent()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PhotoReuseStatus.values());
        model.addAttribute("pageUrl", "/officer/photo-reuse?status=" + status.name());
        return LIST_VIEW;
    }

    @GetMapping("/officer/photo-reuse/{id}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("clearForm", new ReuseDecisionForm());
        model.addAttribute("hideForm", new ReuseDecisionForm());
        return show(queue.find(me.id(), id), model);
    }

    @PostMapping("/officer/photo-reuse/{id}/clear")
    String clear(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                 @Valid @ModelAttribute("clearForm") ReuseDecisionForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        PhotoReuseView reuse = queue.find(me.id(), id);
        model.addAttribute("hideForm", new ReuseDecisionForm());
        return decide(errors, () -> queue.clear(me.id(), id, form.getText()), "trust.reuse.cleared", reuse, model,
                redirect);
    }

    @PostMapping("/officer/photo-reuse/{id}/hide")
    String hide(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                @Valid @ModelAttribute("hideForm") ReuseDecisionForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        PhotoReuseView reuse = queue.find(me.id(), id);
        model.addAttribute("clearForm", new ReuseDecisionForm());
        return decide(errors, () -> queue.hideProduct(me.id(), id, form.getText()), "trust.reuse.hidden", reuse,
                model, redirect);
    }

    @PostMapping("/officer/photo-reuse/{id}/restore")
    String restore(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        queue.find(me.id(), id);
        try {
            queue.restoreProduct(me.id(), id);
            redirect.addFlashAttribute("flash", "trust.reuse.restored");
        } catch (ReuseRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (ProductRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/officer/photo-reuse/" + id;
    }

    private String decide(BindingResult errors, Runnable decision, String done, PhotoReuseView reuse, Model model,
                          RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                decision.run();
                redirect.addFlashAttribute("flash", done);
                return "redirect:/officer/photo-reuse";
            } catch (ReuseRuleException e) {
                if (e.field() == null) {
                    errors.reject(e.messageKey(), e.arguments(), null);
                } else {
                    errors.rejectValue("text", e.messageKey(), e.arguments(), null);
                }
            } catch (ProductRuleException e) {
                errors.reject(e.messageKey());
            }
        }
        return show(reuse, model);
    }

    private String show(PhotoReuseView reuse, Model model) {
        model.addAttribute("reuse", reuse);
        model.addAttribute("photos", photosOf(List.of(reuse)));
        return VIEW;
    }

    private Map<PhotoId, Photo> photosOf(List<PhotoReuseView> rows) {
        return media.findAll(rows.stream().flatMap(row -> Stream.of(row.uploaded().photo(),
                row.other().photo())).distinct().toList());
    }
}
