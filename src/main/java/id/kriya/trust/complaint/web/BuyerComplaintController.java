package id.kriya.trust.complaint.web;

import id.kriya.account.KriyaUser;
import id.kriya.trust.complaint.BuyerComplaints;
import id.kriya.trust.complaint.web.ComplaintForms.MessageForm;
import id.kriya.trust.complaint.web.ComplaintForms.ShipmentForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer's steps in their complaint: take the artisan's offer, ask the council to mediate, withdraw, send the
 * piece back with its tracking number, confirm a replacement arrived. Someone else's complaint does not exist.
 */
@Controller
class BuyerComplaintController {

    private final BuyerComplaints complaints;
    private final ThreadPage page;

    BuyerComplaintController(BuyerComplaints complaints, ThreadPage page) {
        this.complaints = complaints;
        this.page = page;
    }

    @PostMapping("/complaints/{number}/accept-offer")
    String acceptOffer(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                       @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        return done(me, number, errors, model, redirect, "complaint.buyer.offerAccepted",
                () -> complaints.acceptOffer(me.id(), number));
    }

    @PostMapping("/complaints/{number}/mediation")
    String mediation(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                     @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        return done(me, number, errors, model, redirect, "complaint.mediation.asked",
                () -> complaints.askMediation(me.id(), number, form.getText()));
    }

    @PostMapping("/complaints/{number}/withdraw")
    String withdraw(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                    @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        return done(me, number, errors, model, redirect, "complaint.withdrawn",
                () -> complaints.withdraw(me.id(), number, form.getText()));
    }

    @PostMapping("/complaints/{number}/return")
    String returnShipped(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                         @ModelAttribute("returnForm") ShipmentForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        return done(me, number, errors, model, redirect, "complaint.returnShipped",
                () -> complaints.returnShipped(me.id(), number, form.courierOrNull(), form.getTracking()));
    }

    @PostMapping("/complaints/{number}/replacement-received")
    String replacementReceived(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                               @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
                               RedirectAttributes redirect) {
        return done(me, number, errors, model, redirect, "complaint.replacementReceived",
                () -> complaints.replacementReceived(me.id(), number));
    }

    /** Runs the step; on success back to the thread with a flash, on a broken rule the thread with the error. */
    static String done(KriyaUser me, String number, BindingResult errors, Model model, RedirectAttributes redirect,
                       String flash, Runnable step, ThreadPage page) {
        if (me == null) {
            return "redirect:/signin";
        }
        if (!ThreadPage.step(errors, step)) {
            return page.show(me.id(), number, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return ThreadPage.redirectTo(number);
    }

    private String done(KriyaUser me, String number, BindingResult errors, Model model, RedirectAttributes redirect,
                        String flash, Runnable step) {
        return done(me, number, errors, model, redirect, flash, step, page);
    }
}
