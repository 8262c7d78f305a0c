package id.kriya.account.web;

import id.kriya.account.InvalidPasswordLinkException;
import id.kriya.account.PasswordLinkIssued.Purpose;
import id.kriya.account.PasswordLinks;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot password" and the page a password link opens (also an invited person's first password). */
@Controller
class PasswordResetController {

    static final String FORGOT_VIEW = "account/password-forgot";
    static final String SENT_VIEW = "account/password-sent";
    static final String RESET_VIEW = "account/password-reset";
    static final String INVALID_VIEW = "account/password-link-invalid";

    private final PasswordLinks links;

    PasswordResetController(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping("/password/forgot")
    String forgot(@ModelAttribute("form") ForgotPasswordForm form) {
        return FORGOT_VIEW;
    }

    /** The same page whether the address has an account or not, so nobody learns who uses Kriya. */
    @PostMapping("/password/forgot")
    String requestLink(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return FORGOT_VIEW;
        }
        links.requestReset(form.getEmail());
        return SENT_VIEW;
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        var purpose = links.purposeOf(token);
        if (purpose.isEmpty()) {
            return INVALID_VIEW;
        }
        NewPasswordForm form = new NewPasswordForm();
        form.setToken(token);
        model.addAttribute("form", form);
        model.addAttribute("purpose", purpose.get());
        return RESET_VIEW;
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model) {
        var purpose = links.purposeOf(form.getToken());
        if (purpose.isEmpty()) {
            return INVALID_VIEW;
        }
        form.check(errors);
        if (purpose.get() == Purpose.SET_PASSWORD && !form.isConsent()) {
            errors.rejectValue("consent", "password.reset.consent.required");
        }
        if (errors.hasErrors()) {
            model.addAttribute("purpose", purpose.get());
            return RESET_VIEW;
        }
        try {
            links.choosePassword(form.getToken(), form.getPassword(), form.isConsent());
        } catch (InvalidPasswordLinkException e) {
            return INVALID_VIEW;
        }
        return "redirect:/signin?reset";
    }
}
