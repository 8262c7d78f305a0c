package id.kriya.trust.certificate.web;

import java.util.List;
import java.util.function.Function;

import id.kriya.catalog.ProductPhotos;
import id.kriya.trust.certificate.CertificateCode;
import id.kriya.trust.certificate.CertificateNotFoundException;
import id.kriya.trust.certificate.CertificatePdf;
import id.kriya.trust.certificate.CertificateVerification;
import id.kriya.trust.certificate.PublicCertificate;
import id.kriya.trust.certificate.Verification;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public check of a certificate, in the visitor's language: its page, its print, the form to type a code from
 * paper, and a product's certificates. An unknown code gets a plain "not found" page; a client that asked for too
 * many unknown codes must wait ("429") before it may look up another, whatever the code.
 */
@Controller
class VerifyController {

    static final String VIEW = "trust/certificate/verify";
    static final String ASK_VIEW = "trust/certificate/verify-ask";
    static final String UNKNOWN_VIEW = "trust/certificate/verify-unknown";
    static final String WAIT_VIEW = "trust/certificate/verify-wait";
    static final String PRODUCT_VIEW = "trust/certificate/product-certificates";

    private final CertificateVerification verification;
    private final ProductPhotos photos;
    private final CertificatePdf pdf;

    VerifyController(CertificateVerification verification, ProductPhotos photos, CertificatePdf pdf) {
        this.verification = verification;
        this.photos = photos;
        this.pdf = pdf;
    }

    /** The form for a code read off paper; a code sent with it goes to its page, spelled the one way. */
    @GetMapping("/verify")
    String ask(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            String path = CertificateCode.parse(code).map(CertificateCode::verifyPath)
                    .orElseGet(() -> UriComponentsBuilder.fromPath("/verify/{code}").buildAndExpand(code.strip())
                            .encode().toUriString());
            return "redirect:" + path;
        }
        return ASK_VIEW;
    }

    @GetMapping("/verify/{code}")
    Object verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        return answer(code, request, response, certificate -> {
            ModelAndView page = new ModelAndView(VIEW);
            page.addObject("certificate", certificate);
            page.addObject("photos", photos.inOrder(certificate.photos()));
            page.addObject("htmxUnused", true);
            // What a visitor reads here changes when the certificate is revoked: no copy is kept anywhere on the way.
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            return page;
        });
    }

    /** The printable certificate, as it stands now: a revoked one prints as revoked. */
    @GetMapping("/verify/{code}/certificate.pdf")
    Object print(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        return answer(code, request, response, certificate -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("sertifikat-" + certificate.code().grouped() + ".pdf").build().toString())
                .body(pdf.render(certificate)));
    }

    /** The certificates standing for a public product: a unique piece goes straight to its own. */
    @GetMapping("/products/{slug}/certificates")
    String ofProduct(@PathVariable String slug, Model model) {
        List<PublicCertificate> certificates = verification.ofProduct(slug);
        if (certificates.isEmpty()) {
            throw new CertificateNotFoundException();
        }
        if (certificates.size() == 1 && !certificates.get(0).isEditionPiece()) {
            return "redirect:" + certificates.get(0).code().verifyPath();
        }
        model.addAttribute("certificates", certificates);
        model.addAttribute("productSlug", slug);
        return PRODUCT_VIEW;
    }

    /**
     * The certificate shown by {@code found}; or the "wait" page (429, with Retry-After) for a client that missed too
     * often, or the plain "not found" page (404) for a code that is no certificate's.
     */
    private Object answer(String code, HttpServletRequest request, HttpServletResponse response,
                          Function<PublicCertificate, Object> found) {
        Verification answer = verification.verify(code, request.getRemoteAddr());
        if (answer.mustWait()) {
            long seconds = Math.max(1, answer.waitFor().toSeconds() + (answer.waitFor().toMillisPart() > 0 ? 1 : 0));
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            ModelAndView page = new ModelAndView(WAIT_VIEW, HttpStatus.TOO_MANY_REQUESTS);
            page.addObject("minutes", Math.max(1, (seconds + 59) / 60));
            return page;
        }
        if (!answer.isFound()) {
            return new ModelAndView(UNKNOWN_VIEW, HttpStatus.NOT_FOUND);
        }
        return found.apply(answer.certificate());
    }
}
