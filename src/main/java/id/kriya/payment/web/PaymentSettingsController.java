package id.kriya.payment.web;

import java.io.IOException;
import java.util.Optional;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.Membership;
import id.kriya.payment.Bank;
import id.kriya.payment.CheckedQris;
import id.kriya.payment.PaymentLedger;
import id.kriya.payment.PaymentSettings;
import id.kriya.payment.qris.QrisException;
import id.kriya.shared.PageNumber;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The artisan's payment page: the business's QRIS (checked from a photo or pasted text, shown to confirm, then
 * kept), its bank account, and its payment ledger. Everyone of the business sees it; only the owner changes it. The
 * business is always the signed-in person's own, whatever a form carries.
 */
@Controller
class PaymentSettingsController {

    static final String VIEW = "payment/settings";
    static final String CONFIRM_VIEW = "payment/qris-confirm";
    static final String REDIRECT = "redirect:/my/payments";
    static final int LEDGER_PAGE = 20;

    private final PaymentSettings settings;
    private final PaymentLedger ledger;
    private final ArtisanManagement artisans;

    PaymentSettingsController(PaymentSettings settings, PaymentLedger ledger, ArtisanManagement artisans) {
        this.settings = settings;
        this.ledger = ledger;
        this.artisans = artisans;
    }

    @GetMapping("/my/payments")
    String show(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        Optional<Membership> membership = artisans.membershipOf(me.id());
        membership.filter(PaymentSettingsController::isVerified).ifPresent(found ->
                model.addAttribute("bankForm", BankAccountForm.of(settings.of(found.business().id()))));
        model.addAttribute("qrisForm", new QrisForm());
        return page(membership, page, model);
    }

    @PostMapping("/my/payments/qris/check")
    String check(@AuthenticationPrincipal KriyaUser me, @ModelAttribute("qrisForm") QrisForm form, BindingResult errors,
                 Model model) {
        Membership membership = settings.owner(me.id());
        try {
            CheckedQris checked = form.hasPhoto() ? settings.checkPhoto(form.getPhoto().getInputStream())
                    : settings.check(form.getText());
            model.addAttribute("checked", checked);
            return CONFIRM_VIEW;
        } catch (QrisException e) {
            errors.rejectValue(form.hasPhoto() ? "photo" : "text", e.messageKey(), e.arguments(), null);
        } catch (IOException e) {
            errors.rejectValue("photo", "payment.qris.photo.corrupt");
        }
        model.addAttribute("bankForm", BankAccountForm.of(settings.of(membership.business().id())));
        return page(Optional.of(membership), 0, model);
    }

    @PostMapping("/my/payments/qris")
    String useQris(@AuthenticationPrincipal KriyaUser me, @ModelAttribute("qrisForm") QrisForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        Membership membership = settings.owner(me.id());
        try {
            settings.useQris(me.id(), form.getText());
            redirect.addFlashAttribute("flash", "payment.qris.saved");
            return REDIRECT;
        } catch (QrisException e) {
            errors.rejectValue("text", e.messageKey(), e.arguments(), null);
        }
        model.addAttribute("bankForm", BankAccountForm.of(settings.of(membership.business().id())));
        return page(Optional.of(membership), 0, model);
    }

    @PostMapping("/my/payments/qris/remove")
    String removeQris(@AuthenticationPrincipal KriyaUser me, RedirectAttributes redirect) {
        settings.removeQris(me.id());
        redirect.addFlashAttribute("flash", "payment.qris.removed");
        return REDIRECT;
    }

    @PostMapping("/my/payments/bank")
    String useBankAccount(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("bankForm") BankAccountForm form,
                          BindingResult errors, Model model, RedirectAttributes redirect) {
        Membership membership = settings.owner(me.id());
        form.check(errors);
        if (errors.hasErrors()) {
            model.addAttribute("qrisForm", new QrisForm());
            return page(Optional.of(membership), 0, model);
        }
        settings.useBankAccount(me.id(), form.getBank(), form.digits(), form.getHolder(), form.abroad());
        redirect.addFlashAttribute("flash", "payment.bank.saved");
        return REDIRECT;
    }

    @PostMapping("/my/payments/bank/remove")
    String removeBankAccount(@AuthenticationPrincipal KriyaUser me, RedirectAttributes redirect) {
        settings.removeBankAccount(me.id());
        redirect.addFlashAttribute("flash", "payment.bank.removed");
        return REDIRECT;
    }

    private String page(Optional<Membership> membership, int page, Model model) {
        model.addAttribute("membership", membership.orElse(null));
        membership.filter(PaymentSettingsController::isVerified).ifPresent(found -> {
            long businessId = found.business().id();
            model.addAttribute("setup", settings.of(businessId));
            model.addAttribute("banks", Bank.values());
            model.addAttribute("ledger", ledger.ofBusiness(businessId, PageNumber.of(page, LEDGER_PAGE)));
        });
        return VIEW;
    }

    private static boolean isVerified(Membership membership) {
        return membership.business().status() == BusinessStatus.VERIFIED;
    }
}
