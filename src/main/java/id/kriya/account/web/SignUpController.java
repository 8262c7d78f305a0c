package id.kriya.account.web;

import java.util.Locale;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.account.EmailAlreadyUsedException;
import id.kriya.account.SessionSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up: a new account with consent to the privacy notice, signed in at once. */
@Controller
class SignUpController {

    static final String VIEW = "account/signup";

    private final AccountManagement accounts;
    private final SessionSignIn sessionSignIn;

    SignUpController(AccountManagement accounts, SessionSignIn sessionSignIn) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/signup")
    String form(@ModelAttribute("form") SignUpForm form) {
        return VIEW;
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, Locale locale,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("email") && accounts.isEmailTaken(form.getEmail())) {
            errors.rejectValue("email", "account.email.taken");
        }
        form.check(errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            var account = accounts.register(new NewAccount(form.getEmail(), form.getDisplayName(), form.getPassword(), locale));
            sessionSignIn.signIn(account.id(), request, response);
        } catch (EmailAlreadyUsedException e) {
            errors.rejectValue("email", "account.email.taken");
            return VIEW;
        }
        redirect.addFlashAttribute("flash", "account.signup.done");
        return "redirect:/account";
    }
}
