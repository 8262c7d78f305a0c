package id.kriya.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.Craft;
import id.kriya.artisan.Membership;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductRuleException;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.catalog.Technique;
import id.kriya.council.CouncilManagement;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The artisan's products: the list with status and stock, and the form to add or change one. */
@Controller
class MyProductsController {

    static final String LIST_VIEW = "catalog/mine";
    static final String FORM_VIEW = "catalog/product-form";
    static final String REDIRECT_LIST = "redirect:/my/products";
    static final int PAGE_SIZE = 20;

    private final ProductManagement products;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final ProductPhotos photos;
    private final FormPhotos formPhotos;

    MyProductsController(ProductManagement products, ArtisanManagement artisans, CouncilManagement councils,
                         ProductPhotos photos, FormPhotos formPhotos) {
        this.products = products;
        this.formPhotos = formPhotos;
        this.photos = photos;
        this.artisans = artisans;
        this.councils = councils;
    }

    @GetMapping("/my/products")
    String list(@AuthenticationPrincipal KriyaUser me, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Optional<Membership> membership = artisans.membershipOf(me.id());
        model.addAttribute("membership", membership.orElse(null));
        if (membership.isEmpty() || membership.get().business().status() != BusinessStatus.VERIFIED) {
            return LIST_VIEW;
        }
        ProductStatus chosen = ProductForm.parse(ProductStatus.class, status);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", ProductStatus.values());
        Page<ProductView> list = products.list(me.id(), chosen, PageNumber.of(page, PAGE_SIZE));
        model.addAttribute("products", list);
        model.addAttribute("covers", photos.covers(list.getContent()));
        model.addAttribute("pageUrl", chosen == null ? "/my/products" : "/my/products?status=" + chosen.name());
        return LIST_VIEW;
    }

    @GetMapping("/my/products/new")
    String newProduct(@AuthenticationPrincipal KriyaUser me, Model model) {
        ProductForm form = new ProductForm();
        form.setMaker(products.businessOf(me.id()).ownerName());
        model.addAttribute("productForm", form);
        return form(me, null, model);
    }

    @PostMapping("/my/products")
    String create(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("productForm") ProductForm form,
                  BindingResult errors, @RequestParam(name = "photos", required = false) List<MultipartFile> chosen,
                  @RequestParam(name = "camera", required = false) List<MultipartFile> camera, Locale locale,
                  Model model, RedirectAttributes redirect) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                long id = products.create(me.id(), form.toDetails());
                return formPhotos.afterSave(me.id(), id, chosen, camera, "catalog.product.created", locale, redirect);
            } catch (ProductRuleException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return form(me, null, model);
    }

    @GetMapping("/my/products/{id}/edit")
    String edit(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        ProductView product = products.find(me.id(), id);
        model.addAttribute("productForm", ProductForm.of(product));
        return form(me, product, model);
    }

    @PostMapping("/my/products/{id}/edit")
    String update(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                  @Valid @ModelAttribute("productForm") ProductForm form, BindingResult errors,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> chosen,
                  @RequestParam(name = "camera", required = false) List<MultipartFile> camera, Locale locale,
                  Model model, RedirectAttributes redirect) {
        ProductView product = products.find(me.id(), id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                products.update(me.id(), id, form.toDetails());
                return formPhotos.afterSave(me.id(), id, chosen, camera, "catalog.product.saved", locale, redirect);
            } catch (ProductRuleException e) {
                if (e.field() == null) {
                    errors.reject(e.messageKey());
                } else {
                    errors.rejectValue(e.field(), e.messageKey());
                }
            }
        }
        return form(me, product, model);
    }

    private String form(KriyaUser me, ProductView product, Model model) {
        model.addAttribute("business", products.businessOf(me.id()));
        model.addAttribute("product", product);
        model.addAttribute("crafts", Craft.values());
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("stockKinds", StockKind.values());
        model.addAttribute("areas", councils.allAreas());
        return FORM_VIEW;
    }
}
