package id.kriya.account.web;

import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A person's own account page, and the privacy notice they consented to. */
@Controller
class AccountController {

    static final String VIEW = "account/overview";
    static final String PRIVACY_VIEW = "account/privacy";

    private final AccountManagement accounts;

    AccountController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String overview(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("account", accounts.find(me.id()).orElseThrow());
        return VIEW;
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("privacyVersion", AccountManagement.PRIVACY_VERSION);
        return PRIVACY_VIEW;
    }
}
