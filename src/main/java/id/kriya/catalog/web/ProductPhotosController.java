package id.kriya.catalog.web;

import java.util.List;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductRuleException;
import id.kriya.media.PhotoFile;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoRejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The artisan's photo page of one product: the photos in order with what could be better about each, several new
 * ones at once from a phone, and small forms to remove one or move it a place; all of it works without JavaScript.
 * A product or photo id that is not the artisan's business's is a 404 and changes nothing.
 */
@Controller
class ProductPhotosController {

    static final String VIEW = "catalog/photos";

    private final ProductManagement products;
    private final ProductPhotos photos;
    private final ProductPhotoUploads uploads;

    ProductPhotosController(ProductManagement products, ProductPhotos photos, ProductPhotoUploads uploads) {
        this.products = products;
        this.photos = photos;
        this.uploads = uploads;
    }

    @GetMapping("/my/products/{id}/photos")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("form", new PhotoUploadForm());
        return page(me, id, model);
    }

    @PostMapping("/my/products/{id}/photos")
    String upload(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @ModelAttribute("form") PhotoUploadForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        List<PhotoFile> chosen = form.chosen();
        if (chosen.isEmpty()) {
            errors.rejectValue("photos", "catalog.photos.none");
            return page(me, id, model);
        }
        try {
            uploads.upload(me.id(), id, chosen);
        } catch (PhotoRejectedException e) {
            errors.rejectValue("photos", e.messageKey(), e.arguments(), null);
            return page(me, id, model);
        } catch (ProductRuleException e) {
            errors.rejectValue("photos", e.messageKey());
            return page(me, id, model);
        }
        return done(id, "catalog.photos.added", redirect);
    }

    @PostMapping("/my/products/{id}/photos/{photoId}/remove")
    String remove(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable String photoId,
                  RedirectAttributes redirect) {
        return act(() -> photos.remove(me.id(), id, parse(photoId)), id, "catalog.photos.removed", redirect);
    }

    @PostMapping("/my/products/{id}/photos/{photoId}/earlier")
    String earlier(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable String photoId,
                   RedirectAttributes redirect) {
        return act(() -> photos.move(me.id(), id, parse(photoId), true), id, "catalog.photos.moved", redirect);
    }

    @PostMapping("/my/products/{id}/photos/{photoId}/later")
    String later(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable String photoId,
                 RedirectAttributes redirect) {
        return act(() -> photos.move(me.id(), id, parse(photoId), false), id, "catalog.photos.moved", redirect);
    }

    private String page(KriyaUser me, long id, Model model) {
        model.addAttribute("product", products.find(me.id(), id));
        model.addAttribute("photos", photos.of(me.id(), id));
        return VIEW;
    }

    private static String act(Runnable action, long id, String done, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (ProductRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return redirect(id);
        }
        return done(id, done, redirect);
    }

    private static String done(long id, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return redirect(id);
    }

    private static String redirect(long id) {
        return "redirect:/my/products/" + id + "/photos";
    }

    private static PhotoId parse(String photoId) {
        return PhotoId.parse(photoId).orElseThrow(ProductNotFoundException::new);
    }
}
