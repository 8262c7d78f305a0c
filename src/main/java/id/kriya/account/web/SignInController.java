package id.kriya.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security takes the POST. */
@Controller
class SignInController {

    static final String VIEW = "account/signin";

    @GetMapping("/signin")
    String signIn() {
        return VIEW;
    }
}
