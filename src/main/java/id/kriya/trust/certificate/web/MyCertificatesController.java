package id.kriya.trust.certificate.web;

import id.kriya.account.KriyaUser;
import id.kriya.trust.certificate.CertificateHolders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The certificates of the pieces a signed-in buyer bought, and their choice whether each certificate's public page
 * names them. Another person's certificate answers "not found".
 */
@Controller
class MyCertificatesController {

    static final String VIEW = "trust/certificate/mine";

    private final CertificateHolders holders;

    MyCertificatesController(CertificateHolders holders) {
        this.holders = holders;
    }

    @GetMapping("/my/certificates")
    String mine(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("held", holders.of(me.id()));
        return VIEW;
    }

    @PostMapping("/my/certificates/{code}/name")
    String showName(@AuthenticationPrincipal KriyaUser me, @PathVariable String code,
                    @RequestParam(defaultValue = "false") boolean show, RedirectAttributes redirect) {
        holders.showName(me.id(), code, show);
        redirect.addFlashAttribute("flash", show ? "trust.certificate.name.shown" : "trust.certificate.name.hidden");
        return "redirect:/my/certificates";
    }
}
