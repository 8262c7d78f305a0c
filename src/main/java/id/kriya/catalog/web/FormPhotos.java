package id.kriya.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductRuleException;
import id.kriya.media.PhotoFile;
import id.kriya.media.PhotoRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Photos sent with the product form itself (taken with the camera, or several chosen at once), added once the
 * product is saved through the same path as the photo page ({@link ProductPhotoUploads}: checked by content, size
 * and pixel count, all or none). Where the artisan goes next: a product still without photos goes straight to its
 * photo step; one with photos back to the list, from where it is published.
 */
@Component
class FormPhotos {

    private final ProductPhotoUploads uploads;
    private final ProductManagement products;
    private final MessageSource messages;

    FormPhotos(ProductPhotoUploads uploads, ProductManagement products, MessageSource messages) {
        this.uploads = uploads;
        this.products = products;
        this.messages = messages;
    }

    /** Adds the chosen photos to the saved product and says where to go; a refused photo leaves the product saved. */
    String afterSave(long userId, long productId, List<MultipartFile> chosen, List<MultipartFile> camera,
                     String savedMessage, Locale locale, RedirectAttributes redirect) {
        List<MultipartFile> all = new ArrayList<>();
        if (camera != null) {
            all.addAll(camera);
        }
        if (chosen != null) {
            all.addAll(chosen);
        }
        List<PhotoFile> files = PhotoFile.chosen(all);
        if (!files.isEmpty()) {
            try {
                uploads.upload(userId, productId, files);
            } catch (PhotoRejectedException e) {
                redirect.addFlashAttribute("flash", savedMessage);
                redirect.addFlashAttribute("flashErrorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
                return photoStep(productId);
            } catch (ProductRuleException e) {
                redirect.addFlashAttribute("flash", savedMessage);
                redirect.addFlashAttribute("flashError", e.messageKey());
                return photoStep(productId);
            }
        }
        if (products.find(userId, productId).photoIds().isEmpty()) {
            redirect.addFlashAttribute("flash", "catalog.product.savedAddPhotos");
            return photoStep(productId);
        }
        redirect.addFlashAttribute("flash", savedMessage);
        return MyProductsController.REDIRECT_LIST;
    }

    private static String photoStep(long productId) {
        return "redirect:/my/products/" + productId + "/photos";
    }
}
