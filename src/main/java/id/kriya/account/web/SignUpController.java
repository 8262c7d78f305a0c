package id.kriya.account.web;

import java.util.Locale;

import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.account.EmailAlreadyUsedException;
import id.kriya.account.InvalidPasswordLinkException;
import id.kriya.account.PasswordLinks;
import id.kriya.account.SessionSignIn;
import id.kriya.account.SignUps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up with consent to the privacy notice. Every sign-up that passes the form's checks is answered alike — "we
 * sent a link to your address" — whether the address is new or has an account (see {@link SignUps}); the link
 * confirms the address, signs the person in and opens the page they were on their way to ({@code continue}).
 */
@Controller
class SignUpController {

    static final String VIEW = "account/signup";
    static final String SENT_VIEW = "account/signup-sent";
    static final String CONFIRM_VIEW = "account/signup-confirm";

    private final SignUps signUps;
    private final PasswordLinks links;
    private final SessionSignIn sessionSignIn;

    SignUpController(SignUps signUps, PasswordLinks links, SessionSignIn sessionSignIn) {
        this.signUps = signUps;
        this.links = links;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/signup")
    String form(@ModelAttribute("form") SignUpForm form,
                @RequestParam(name = ContinuePath.PARAMETER, required = false) String wanted, Model model) {
        model.addAttribute("continuePath", ContinuePath.safe(wanted).orElse(null));
        return VIEW;
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors,
                  @RequestParam(name = ContinuePath.PARAMETER, required = false) String wanted, Locale locale,
                  Model model, RedirectAttributes redirect) {
        String continuePath = ContinuePath.safe(wanted).orElse(null);
        form.check(errors);
        if (errors.hasErrors()) {
            model.addAttribute("continuePath", continuePath);
            return VIEW;
        }
        try {
            signUps.signUp(new NewAccount(form.getEmail(), form.getDisplayName(), form.getPassword(), locale),
                    continuePath);
        } catch (EmailAlreadyUsedException e) {
            // Someone else signed up with this address a moment ago: answered as always.
        }
        redirect.addFlashAttribute("sentTo", form.getEmail().trim());
        return "redirect:/signup/sent";
    }

    @GetMapping("/signup/sent")
    String sent() {
        return SENT_VIEW;
    }

    /** The link in the mail shows a button rather than acting at once: mail scanners open links too. */
    @GetMapping("/signup/confirm")
    String confirmPage(@RequestParam(required = false) String token,
                       @RequestParam(name = ContinuePath.PARAMETER, required = false) String wanted, Model model) {
        if (!links.isSignUpConfirmation(token)) {
            return PasswordResetController.INVALID_VIEW;
        }
        model.addAttribute("token", token);
        model.addAttribute("continuePath", ContinuePath.safe(wanted).orElse(null));
        return CONFIRM_VIEW;
    }

    @PostMapping("/signup/confirm")
    String confirm(@RequestParam(required = false) String token,
                   @RequestParam(name = ContinuePath.PARAMETER, required = false) String wanted,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        long userId;
        try {
            userId = signUps.confirm(token);
        } catch (InvalidPasswordLinkException e) {
            return PasswordResetController.INVALID_VIEW;
        }
        sessionSignIn.signIn(userId, request, response);
        redirect.addFlashAttribute("flash", "account.signup.done");
        return "redirect:" + ContinuePath.safe(wanted).orElse("/account");
    }
}
