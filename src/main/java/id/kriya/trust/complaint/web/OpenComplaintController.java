package id.kriya.trust.complaint.web;

import id.kriya.account.KriyaUser;
import id.kriya.ordering.BuyerAccess;
import id.kriya.shared.RuleException;
import id.kriya.trust.Remedy;
import id.kriya.trust.complaint.BuyerComplaints;
import id.kriya.trust.complaint.BuyerComplaints.Opening;
import id.kriya.trust.complaint.OpenComplaint;
import id.kriya.trust.complaint.web.ComplaintForms.OpenForm;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A buyer opens a complaint on their order, instead of confirming it: signed in (a guest's order, proven with the
 * checkout key, joins the account), from arrival until the window closes, or for a late parcel. When no complaint
 * can be opened the order page says why.
 */
@Controller
class OpenComplaintController {

    static final String VIEW = "trust/complaint/open";

    private final BuyerComplaints complaints;
    private final ThreadPage page;

    OpenComplaintController(BuyerComplaints complaints, ThreadPage page) {
        this.complaints = complaints;
        this.page = page;
    }

    @GetMapping("/orders/{number}/complaint")
    String form(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                @RequestParam(required = false) String key, Model model, RedirectAttributes redirect) {
        if (me == null) {
            redirect.addFlashAttribute("flash", "complaint.open.signin");
            return "redirect:/signin";
        }
        model.addAttribute("openForm", new OpenForm());
        return show(me, number, key, model, redirect);
    }

    @PostMapping("/orders/{number}/complaint")
    String open(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                @RequestParam(required = false) String key, @ModelAttribute("openForm") OpenForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        if (me == null) {
            return "redirect:/signin";
        }
        form.check(errors);
        BuyerAccess buyer = new BuyerAccess(me.id(), key);
        String[] opened = new String[1];
        if (!errors.hasErrors()) {
            OpenComplaint request = new OpenComplaint(form.reasonOrNull(), form.askedOrNull(), form.amountOrNull(),
                    form.getText());
            page.withPhotos(me.id(), form.getPhotos(), errors,
                    uploaded -> opened[0] = complaints.open(buyer, number, request, uploaded));
        }
        if (opened[0] == null) {
            return show(me, number, key, model, redirect);
        }
        redirect.addFlashAttribute("flash", "complaint.opened");
        return ThreadPage.redirectTo(opened[0]);
    }

    private String show(KriyaUser me, String number, String key, Model model, RedirectAttributes redirect) {
        try {
            Opening opening = complaints.openingFor(new BuyerAccess(me.id(), key), number);
            model.addAttribute("opening", opening);
            model.addAttribute("key", key);
            model.addAttribute("remedies", new Remedy[] {Remedy.FULL_REFUND, Remedy.PARTIAL_REFUND,
                    Remedy.RETURN_AND_REFUND, Remedy.REPLACEMENT});
            return VIEW;
        } catch (RuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            UriComponentsBuilder order = UriComponentsBuilder.fromPath("/orders/{number}");
            if (key != null) {
                order.queryParam("key", key);
            }
            return "redirect:" + order.buildAndExpand(number).encode().toUriString();
        }
    }
}
