package id.kriya.trust.complaint.web;

import id.kriya.account.KriyaUser;
import id.kriya.shared.PageNumber;
import id.kriya.trust.complaint.ArtisanComplaints;
import id.kriya.trust.complaint.ComplaintThreads;
import id.kriya.trust.complaint.web.ComplaintForms.AnswerForm;
import id.kriya.trust.complaint.web.ComplaintForms.MessageForm;
import id.kriya.trust.complaint.web.ComplaintForms.ShipmentForm;
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
 * The artisan's side: the list of complaints about the business's orders, the answer (accept, offer something
 * else, reject with an explanation and evidence), asking for mediation, confirming a returned piece is back,
 * paying a refund with its proof, sending a replacement. Another business's complaint does not exist here.
 */
@Controller
class ArtisanComplaintController {

    private final ArtisanComplaints complaints;
    private final ComplaintThreads threads;
    private final ThreadPage page;

    ArtisanComplaintController(ArtisanComplaints complaints, ComplaintThreads threads, ThreadPage page) {
        this.complaints = complaints;
        this.threads = threads;
        this.page = page;
    }

    @GetMapping("/my/complaints")
    String list(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("complaints", complaints.ofBusiness(me.id(), PageNumber.of(page, 20)));
        return ComplaintThreadController.listView(model, "complaint.artisan.list", "complaint.artisan.empty",
                "/my/complaints");
    }

    @PostMapping("/my/complaints/{number}/answer")
    String answer(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                  @ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        threads.read(me.id(), number);
        form.check(errors);
        if (errors.hasErrors() || !page.withPhotos(me.id(), form.getPhotos(), errors, uploaded -> {
            switch (form.answerOrNull()) {
                case ACCEPT -> complaints.accept(me.id(), number, form.getText());
                case OFFER -> complaints.offer(me.id(), number, form.remedyOrNull(), form.amountOrNull(),
                        form.getText(), uploaded);
                case REJECT -> complaints.reject(me.id(), number, form.getText(), uploaded);
            }
        })) {
            return page.show(me.id(), number, model);
        }
        redirect.addFlashAttribute("flash", "complaint.answered");
        return ThreadPage.redirectTo(number);
    }

    @PostMapping("/my/complaints/{number}/mediation")
    String mediation(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                     @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        return BuyerComplaintController.done(me, number, errors, model, redirect, "complaint.mediation.asked",
                () -> complaints.askMediation(me.id(), number, form.getText()), page);
    }

    @PostMapping("/my/complaints/{number}/return-received")
    String returnReceived(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                          @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        return BuyerComplaintController.done(me, number, errors, model, redirect, "complaint.returnReceived",
                () -> complaints.returnReceived(me.id(), number), page);
    }

    @PostMapping("/my/complaints/{number}/refund")
    String refund(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                  @ModelAttribute("refundForm") MessageForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        threads.read(me.id(), number);
        if (!page.withPhotos(me.id(), form.getPhotos(), errors,
                uploaded -> complaints.refundPaid(me.id(), number, form.getText(), uploaded))) {
            return page.show(me.id(), number, model);
        }
        redirect.addFlashAttribute("flash", "complaint.refundPaid");
        return ThreadPage.redirectTo(number);
    }

    @PostMapping("/my/complaints/{number}/replacement")
    String replacement(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                       @ModelAttribute("replacementForm") ShipmentForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        return BuyerComplaintController.done(me, number, errors, model, redirect, "complaint.replacementShipped",
                () -> complaints.replacementShipped(me.id(), number, form.courierOrNull(), form.getTracking()), page);
    }
}
