package id.kriya.ordering.web;

import java.util.List;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.cart.CartView;
import id.kriya.ordering.cart.ShoppingCart;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cart page, and putting pieces in, changing how many, taking them out. Guests have carts too. */
@Controller
class CartController {

    static final String VIEW = "ordering/cart";
    static final String REDIRECT = "redirect:/cart";
    static final String CHECKOUT = "redirect:/checkout";

    private final ShoppingCart cart;
    private final CartOwners owners;

    CartController(ShoppingCart cart, CartOwners owners) {
        this.cart = cart;
        this.owners = owners;
    }

    @GetMapping("/cart")
    String show(@AuthenticationPrincipal KriyaUser me, HttpServletRequest request, Model model) {
        model.addAttribute("cart", owners.existing(me, request).map(cart::view).orElse(new CartView(List.of())));
        return VIEW;
    }

    @PostMapping("/cart/items")
    String add(@AuthenticationPrincipal KriyaUser me, @RequestParam long productId,
               @RequestParam(defaultValue = "1") String quantity, @RequestParam(required = false) String buyNow,
               HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            cart.add(owners.forWriting(me, request, response), productId, Quantities.parse(quantity));
            if (buyNow != null) {
                // "Beli": straight on to pay for what is in the cart, as the marketplaces buyers know do.
                return CHECKOUT;
            }
            redirect.addFlashAttribute("flash", "ordering.cart.added");
        } catch (OrderRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (ProductNotFoundException e) {
            redirect.addFlashAttribute("flashError", "ordering.cart.notForSale");
        }
        return REDIRECT;
    }

    @PostMapping("/cart/items/{productId}")
    String change(@AuthenticationPrincipal KriyaUser me, @PathVariable long productId, @RequestParam String quantity,
                  HttpServletRequest request, RedirectAttributes redirect) {
        owners.existing(me, request).ifPresent(owner -> {
            try {
                cart.change(owner, productId, Quantities.parse(quantity));
            } catch (OrderRuleException e) {
                redirect.addFlashAttribute("flashError", e.messageKey());
            }
        });
        return REDIRECT;
    }

    @PostMapping("/cart/items/{productId}/remove")
    String remove(@AuthenticationPrincipal KriyaUser me, @PathVariable long productId, HttpServletRequest request,
                  RedirectAttributes redirect) {
        owners.existing(me, request).ifPresent(owner -> cart.remove(owner, productId));
        redirect.addFlashAttribute("flash", "ordering.cart.removed");
        return REDIRECT;
    }
}
