package id.kriya.catalog.web;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductRuleException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One-click changes to a product from the artisan's list: publish, unpublish, archive, duplicate. */
@Controller
class MyProductActionsController {

    static final String NO_PHOTO = "catalog.rule.noPhoto";

    private final ProductManagement products;

    MyProductActionsController(ProductManagement products) {
        this.products = products;
    }

    /** A product without a photo is not published: the artisan lands on its photo page, told why. */
    @PostMapping("/my/products/{id}/publish")
    String publish(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            products.publish(me.id(), id);
            redirect.addFlashAttribute("flash", "catalog.product.published");
        } catch (ProductRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            if (NO_PHOTO.equals(e.messageKey())) {
                return "redirect:/my/products/" + id + "/photos";
            }
        }
        return MyProductsController.REDIRECT_LIST;
    }

    @PostMapping("/my/products/{id}/unpublish")
    String unpublish(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return act(() -> products.unpublish(me.id(), id), "catalog.product.unpublished", redirect);
    }

    @PostMapping("/my/products/{id}/archive")
    String archive(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return act(() -> products.archive(me.id(), id), "catalog.product.archived", redirect);
    }

    @PostMapping("/my/products/{id}/duplicate")
    String duplicate(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        long copy = products.duplicate(me.id(), id);
        redirect.addFlashAttribute("flash", "catalog.product.duplicated");
        return "redirect:/my/products/" + copy + "/edit";
    }

    private static String act(Runnable action, String done, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ProductRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return MyProductsController.REDIRECT_LIST;
    }
}
