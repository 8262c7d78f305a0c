package id.kriya.ordering.cart;

import org.springframework.modulith.NamedInterface;

/** Whose cart: a signed-in buyer's (user id) or a guest's (the token in their cookie). */
@NamedInterface("api")
public record CartOwner(Long userId, String guestToken) {

    public static CartOwner user(long userId) {
        return new CartOwner(userId, null);
    }

    public static CartOwner guest(String token) {
        return new CartOwner(null, token);
    }

    public boolean isGuest() {
        return userId == null;
    }
}
