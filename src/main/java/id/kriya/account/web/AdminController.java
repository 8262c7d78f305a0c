package id.kriya.account.web;

import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.LastAdminException;
import id.kriya.shared.PageNumber;
import jakarta.validation.Valid;
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

/** The admin's start page and the list of people, where admins hand out the curator (and admin) role. */
@Controller
class AdminController {

    static final String HOME_VIEW = "account/admin-home";
    static final String USERS_VIEW = "account/admin-users";
    static final int PAGE_SIZE = 20;

    private final AccountManagement accounts;

    AdminController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String home() {
        return HOME_VIEW;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(name = "q", defaultValue = "") String query,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        String text = query.length() > 100 ? query.substring(0, 100) : query;
        model.addAttribute("q", text);
        model.addAttribute("users", accounts.search(text, PageNumber.of(page, PAGE_SIZE)));
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/admin/users").queryParam("q", text).encode().build()
                .toUriString());
        return USERS_VIEW;
    }

    @PostMapping("/admin/users/{userId}/roles")
    String changeRole(@AuthenticationPrincipal KriyaUser me, @PathVariable long userId,
                      @Valid @ModelAttribute("roleChange") RoleChangeForm form, BindingResult errors,
                      RedirectAttributes redirect) {
        if (errors.hasErrors() || !form.isAssignableHere() || accounts.find(userId).isEmpty()) {
            redirect.addFlashAttribute("flashError", "admin.users.role.invalid");
            return "redirect:/admin/users";
        }
        try {
            if (form.isGrant()) {
                accounts.grant(userId, form.getRole());
            } else {
                accounts.revokeBy(me.id(), userId, form.getRole());
            }
        } catch (LastAdminException e) {
            redirect.addFlashAttribute("flashError", "admin.users.role.ownAdmin");
            return "redirect:/admin/users";
        }
        redirect.addFlashAttribute("flash", form.isGrant() ? "admin.users.role.granted" : "admin.users.role.revoked");
        return "redirect:/admin/users";
    }
}
