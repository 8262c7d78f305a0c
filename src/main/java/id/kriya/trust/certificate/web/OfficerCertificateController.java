package id.kriya.trust.certificate.web;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductPhotos;
import id.kriya.payment.qris.QrCodes;
import id.kriya.trust.certificate.CertificatePdf;
import id.kriya.trust.certificate.CertificateRegistry;
import id.kriya.trust.certificate.CertificateRuleException;
import id.kriya.trust.certificate.CertificateView;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One certificate for the officers of its area: what it says, its QR code and print, and revoking it. */
@Controller
class OfficerCertificateController {

    static final String VIEW = "trust/certificate/officer-certificate";

    private final CertificateRegistry registry;
    private final ProductPhotos photos;
    private final CertificatePdf pdf;
    private final QrCodes qrCodes;

    OfficerCertificateController(CertificateRegistry registry, ProductPhotos photos, CertificatePdf pdf,
                                 QrCodes qrCodes) {
        this.registry = registry;
        this.photos = photos;
        this.pdf = pdf;
        this.qrCodes = qrCodes;
    }

    @GetMapping("/officer/certificates/{id}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("revokeForm", new RevokeForm());
        return show(registry.find(me.id(), id), model);
    }

    /** The QR code of the certificate's public page, to show on screen or print on a label. */
    @GetMapping(value = "/officer/certificates/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal KriyaUser me, @PathVariable long id) {
        CertificateView certificate = registry.find(me.id(), id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(qrCodes.png(pdf.verifyUrl(certificate.code()), 480));
    }

    @PostMapping("/officer/certificates/{id}/revoke")
    String revoke(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                  @Valid @ModelAttribute("revokeForm") RevokeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CertificateView certificate = registry.find(me.id(), id);
        if (!errors.hasErrors()) {
            try {
                registry.revoke(me.id(), id, form.getReason());
                redirect.addFlashAttribute("flash", "trust.certificate.revoked");
                return "redirect:/officer/certificates/" + id;
            } catch (CertificateRuleException e) {
                errors.reject(e.messageKey(), e.arguments(), null);
            }
        }
        return show(certificate, model);
    }

    private String show(CertificateView certificate, Model model) {
        model.addAttribute("certificate", certificate);
        model.addAttribute("photos", photos.inOrder(certificate.photos()));
        model.addAttribute("verifyUrl", pdf.verifyUrl(certificate.code()));
        return VIEW;
    }
}
