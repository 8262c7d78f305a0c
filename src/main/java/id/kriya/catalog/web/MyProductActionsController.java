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

    private final ProductManagement products;

    MyProductActionsController(ProductManagement products) {
        this.products = products;
    }

    @PostMapping("/my/products/{id}/publish")
    String publish(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, RedirectAttributes redirect) {
        return act(() -> products.publish(me.id(), id), "catalog.product.published", redirect);
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
