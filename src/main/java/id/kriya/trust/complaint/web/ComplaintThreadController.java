package id.kriya.trust.complaint.web;

import id.kriya.account.KriyaUser;
import id.kriya.media.PrivatePhotoId;
import id.kriya.media.PrivatePhotos;
import id.kriya.shared.PageNumber;
import id.kriya.trust.complaint.BuyerComplaints;
import id.kriya.trust.complaint.ComplaintThreads;
import id.kriya.trust.complaint.web.ComplaintForms.MessageForm;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * A complaint's thread, the same page for its three parties (the buyer, the artisan's people, the officers of the
 * artisan's area), each with the forms of their turn; messages from any of them; the thread's private photos,
 * served to them alone and never cached by a shared cache; and the buyer's list of their complaints.
 */
@Controller
class ComplaintThreadController {

    static final String LIST_VIEW = "trust/complaint/mine";
    static final String PHOTO_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private final ThreadPage page;
    private final ComplaintThreads threads;
    private final BuyerComplaints buyers;
    private final PrivatePhotos photos;

    ComplaintThreadController(ThreadPage page, ComplaintThreads threads, BuyerComplaints buyers,
                              PrivatePhotos photos) {
        this.page = page;
        this.threads = threads;
        this.buyers = buyers;
        this.photos = photos;
    }

    @GetMapping("/complaints")
    String mine(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        if (me == null) {
            return "redirect:/signin";
        }
        model.addAttribute("complaints", buyers.mine(me.id(), PageNumber.of(page, 20)));
        return listView(model, "complaint.mine.title", "complaint.mine.empty", "/complaints");
    }

    /** The list page, for the buyer's complaints or those about the artisan's business. */
    static String listView(Model model, String titleKey, String emptyKey, String listUrl) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("emptyKey", emptyKey);
        model.addAttribute("listUrl", listUrl);
        return LIST_VIEW;
    }

    @GetMapping("/complaints/{number}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, Model model) {
        if (me == null) {
            return "redirect:/signin";
        }
        return page.show(me.id(), number, model);
    }

    @PostMapping("/complaints/{number}/messages")
    String message(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                   @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (me == null) {
            return "redirect:/signin";
        }
        threads.read(me.id(), number);
        if (!page.withPhotos(me.id(), form.getPhotos(), errors,
                uploaded -> threads.message(me.id(), number, form.getText(), uploaded))) {
            return page.show(me.id(), number, model);
        }
        redirect.addFlashAttribute("flash", "complaint.message.sent");
        return ThreadPage.redirectTo(number);
    }

    @GetMapping("/complaints/{number}/photos/{photo}.jpg")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                                 @PathVariable String photo) {
        if (me == null) {
            return ResponseEntity.notFound().build();
        }
        return PrivatePhotoId.parse(photo)
                .flatMap(id -> threads.photoFor(me.id(), number, id))
                .flatMap(photos::content)
                .map(jpeg -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", PHOTO_POLICY)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(jpeg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
