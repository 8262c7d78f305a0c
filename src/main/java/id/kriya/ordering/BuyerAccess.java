package id.kriya.ordering;

import org.springframework.modulith.NamedInterface;

/**
 * How a buyer proves an order is theirs: signed in as the account that placed it, or, for a guest, with the key
 * from the link they were given at checkout and by e-mail.
 */
@NamedInterface("api")
public record BuyerAccess(Long userId, String key) {

    public static BuyerAccess user(long userId) {
        return new BuyerAccess(userId, null);
    }

    public static BuyerAccess guest(String key) {
        return new BuyerAccess(null, key);
    }
}
