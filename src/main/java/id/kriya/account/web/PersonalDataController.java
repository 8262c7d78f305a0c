package id.kriya.account.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.LastAdminException;
import id.kriya.account.PersonalDataExport;
import id.kriya.account.WrongPasswordException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** A person's rights over their data (UU 27/2022): download all of it, or delete the account. */
@Controller
class PersonalDataController {

    static final String VIEW = "account/data";

    private final AccountManagement accounts;
    private final PersonalDataExport export;
    private final JsonMapper json;

    PersonalDataController(AccountManagement accounts, PersonalDataExport export, JsonMapper json) {
        this.accounts = accounts;
        this.export = export;
        this.json = json;
    }

    @GetMapping("/account/data")
    String page(@ModelAttribute("form") DeleteAccountForm form) {
        return VIEW;
    }

    @GetMapping("/account/data/export")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal KriyaUser me) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.of(me.id()));
        String filename = "kriya-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping("/account/data/delete")
    String delete(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("form") DeleteAccountForm form,
                  BindingResult errors, Authentication authentication, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.delete(me.id(), form.getPassword());
        } catch (WrongPasswordException e) {
            errors.rejectValue("password", "account.password.wrong");
            return VIEW;
        } catch (LastAdminException e) {
            errors.reject("account.delete.lastAdmin");
            return VIEW;
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        redirect.addFlashAttribute("flash", "account.delete.done");
        return "redirect:/";
    }
}
