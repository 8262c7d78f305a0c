package id.kriya.catalog.web;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductModeration;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductView;
import org.springframework.data.domain.Page;
import id.kriya.catalog.ProductRuleException;
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

/** An officer's view of the products of their jurisdiction, and hiding one with a reason. */
@Controller
class OfficerProductsController {

    static final String LIST_VIEW = "catalog/officer-products";
    static final String HIDE_VIEW = "catalog/officer-hide";
    static final int PAGE_SIZE = 20;

    private final ProductModeration moderation;
    private final ProductPhotos photos;

    OfficerProductsController(ProductModeration moderation, ProductPhotos photos) {
        this.moderation = moderation;
        this.photos = photos;
    }

    @GetMapping("/officer/products")
    String list(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<ProductView> products = moderation.inJurisdiction(me.id(), PageNumber.of(page, PAGE_SIZE));
        model.addAttribute("products", products);
        model.addAttribute("covers", photos.covers(products.getContent()));
        model.addAttribute("pageUrl", "/officer/products");
        return LIST_VIEW;
    }

    @GetMapping("/officer/products/{id}/hide")
    String hideForm(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("hideForm", new HideForm());
        model.addAttribute("product", moderation.find(me.id(), id));
        return HIDE_VIEW;
    }

    @PostMapping("/officer/products/{id}/hide")
    String hide(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @Valid @ModelAttribute("hideForm") HideForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("product", moderation.find(me.id(), id));
        if (!errors.hasErrors()) {
            try {
                moderation.hide(me.id(), id, form.getReason());
                redirect.addFlashAttribute("flash", "catalog.officer.hidden");
                return "redirect:/officer/products";
            } catch (ProductRuleException e) {
                errors.reject(e.messageKey());
            }
        }
        return HIDE_VIEW;
    }
}
