package id.kriya.account.web;

import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.WrongPasswordException;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person changes their password, proving it is them with the current one. */
@Controller
class PasswordController {

    static final String VIEW = "account/password";

    private final AccountManagement accounts;

    PasswordController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("form") ChangePasswordForm form) {
        return VIEW;
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("form") ChangePasswordForm form,
                  BindingResult errors, HttpSession session, RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.changePassword(me.id(), form.getCurrentPassword(), form.getPassword(), session.getId());
        } catch (WrongPasswordException e) {
            errors.rejectValue("currentPassword", "account.password.wrong");
            return VIEW;
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }
}
