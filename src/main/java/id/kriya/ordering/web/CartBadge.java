package id.kriya.ordering.web;

import id.kriya.account.KriyaUser;
import id.kriya.ordering.cart.ShoppingCart;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** How many pieces are in the cart, for the link in every page's header; no query for a guest without a cart. */
@ControllerAdvice
class CartBadge {

    private final CartOwners owners;
    private final ShoppingCart cart;

    CartBadge(CartOwners owners, ShoppingCart cart) {
        this.owners = owners;
        this.cart = cart;
    }

    @ModelAttribute("cartPieces")
    int cartPieces(@AuthenticationPrincipal KriyaUser user, HttpServletRequest request) {
        return owners.existing(user, request).map(cart::pieces).orElse(0);
    }
}
