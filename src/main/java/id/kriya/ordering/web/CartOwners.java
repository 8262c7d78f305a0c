package id.kriya.ordering.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import id.kriya.account.KriyaUser;
import id.kriya.ordering.cart.CartOwner;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Whose cart a request works on: the signed-in buyer's, or a guest's named by an unguessable token in a cookie
 * (made on the first "add to cart", so a visitor who only looks costs nothing).
 */
@Component
class CartOwners {

    static final String COOKIE = "kriya-cart";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The cart to read; empty for a guest who has none yet. */
    Optional<CartOwner> existing(KriyaUser user, HttpServletRequest request) {
        if (user != null) {
            return Optional.of(CartOwner.user(user.id()));
        }
        return guestToken(request).map(CartOwner::guest);
    }

    /** The cart to write to, giving a guest a cookie first when they have none. */
    CartOwner forWriting(KriyaUser user, HttpServletRequest request, HttpServletResponse response) {
        return existing(user, request).orElseGet(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            response.addHeader("Set-Cookie", cookie(token, request.isSecure(), 60L * 60 * 24 * 30).toString());
            return CartOwner.guest(token);
        });
    }

    Optional<String> guestToken(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", cookie("", request.isSecure(), 0).toString());
    }

    private static ResponseCookie cookie(String value, boolean secure, long maxAgeSeconds) {
        return ResponseCookie.from(COOKIE, value).path("/").httpOnly(true).secure(secure).sameSite("Lax")
                .maxAge(maxAgeSeconds).build();
    }
}
