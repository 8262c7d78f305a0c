package id.kriya.ordering.web;

import id.kriya.account.KriyaUser;
import id.kriya.ordering.cart.ShoppingCart;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A guest who signs in keeps what they put in the cart: on their first request as a signed-in buyer that still
 * carries the guest cookie, the guest's cart joins theirs and the cookie goes.
 */
@Component
class GuestCartJoining implements HandlerInterceptor, WebMvcConfigurer {

    private final CartOwners owners;
    private final ShoppingCart cart;

    GuestCartJoining(CartOwners owners, ShoppingCart cart) {
        this.owners = owners;
        this.cart = cart;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/media/**", "/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KriyaUser user) {
            owners.guestToken(request).ifPresent(token -> {
                cart.join(token, user.id());
                owners.forget(request, response);
            });
        }
        return true;
    }
}
