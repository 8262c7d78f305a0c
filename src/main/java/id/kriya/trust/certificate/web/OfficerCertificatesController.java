package id.kriya.trust.certificate.web;

import java.util.List;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductModeration;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductView;
import id.kriya.shared.PageNumber;
import id.kriya.trust.certificate.CertificateRegistry;
import id.kriya.trust.certificate.CertificateRequest;
import id.kriya.trust.certificate.CertificateRuleException;
import id.kriya.trust.certificate.CertificateView;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer's certificates: those issued in their areas, the products they may certify, and the form that issues
 * one. Products and certificates outside their areas answer "not found".
 */
@Controller
class OfficerCertificatesController {

    static final String LIST_VIEW = "trust/certificate/officer-list";
    static final String PRODUCTS_VIEW = "trust/certificate/officer-products";
    static final String FORM_VIEW = "trust/certificate/officer-form";
    static final int PAGE_SIZE = 20;

    private final CertificateRegistry registry;
    private final ProductModeration products;
    private final ProductPhotos photos;

    OfficerCertificatesController(CertificateRegistry registry, ProductModeration products, ProductPhotos photos) {
        this.registry = registry;
        this.products = products;
        this.photos = photos;
    }

    /** At most the lines a certificate holds: a forged {@code checks[5000]} does not grow a list of 5,000. */
    @InitBinder("certificateForm")
    void limitLines(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(CertificateRequest.CHECKS_MAX);
    }

    @GetMapping("/officer/certificates")
    String list(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("certificates", registry.inJurisdiction(me.id(), PageNumber.of(page, PAGE_SIZE)));
        model.addAttribute("pageUrl", "/officer/certificates");
        return LIST_VIEW;
    }

    @GetMapping("/officer/certificates/products")
    String products(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<ProductView> found = products.inJurisdiction(me.id(), PageNumber.of(page, PAGE_SIZE));
        model.addAttribute("products", found);
        model.addAttribute("covers", photos.covers(found.getContent()));
        model.addAttribute("pageUrl", "/officer/certificates/products");
        return PRODUCTS_VIEW;
    }

    @GetMapping("/officer/certificates/products/{productId}/new")
    String form(@AuthenticationPrincipal KriyaUser me, @PathVariable long productId, Model model) {
        model.addAttribute("certificateForm", CertificateForm.of(registry.draft(me.id(), productId)));
        return showForm(me, productId, model);
    }

    @PostMapping("/officer/certificates/products/{productId}/new")
    String issue(@AuthenticationPrincipal KriyaUser me, @PathVariable long productId,
                 @Valid @ModelAttribute("certificateForm") CertificateForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        checkLines(form, errors);
        if (!errors.hasErrors()) {
            try {
                CertificateView issued = registry.issue(me.id(), form.toRequest(productId));
                redirect.addFlashAttribute("flash", "trust.certificate.issued");
                return "redirect:/officer/certificates/" + issued.id();
            } catch (CertificateRuleException e) {
                if (e.field() == null) {
                    errors.reject(e.messageKey(), e.arguments(), null);
                } else {
                    errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
                }
            }
        }
        form.padChecks();
        return showForm(me, productId, model);
    }

    private String showForm(KriyaUser me, long productId, Model model) {
        CertificateRegistry.Candidate candidate = registry.candidate(me.id(), productId);
        model.addAttribute("candidate", candidate);
        model.addAttribute("product", candidate.product());
        model.addAttribute("productPhotos", photos.inOrder(candidate.product().photoIds()));
        model.addAttribute("techniques", id.kriya.catalog.Technique.values());
        return FORM_VIEW;
    }

    /** At least one line; none half filled (a material without what was found, or the reverse). */
    private static void checkLines(CertificateForm form, BindingResult errors) {
        List<CertificateForm.CheckRow> rows = form.getChecks();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null && rows.get(i).isHalf()) {
                errors.rejectValue("checks[" + i + "].finding", "trust.certificate.checks.half");
            }
        }
        if (form.filledChecks().isEmpty()) {
            errors.rejectValue("checks", "trust.certificate.checks.required");
        }
    }
}
