package id.kriya.ordering.cart;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import id.kriya.ordering.OrderRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * What a buyer means to buy: product ids and how many of each. A guest's cart is found by a token from a cookie,
 * a signed-in buyer's by their user id; at sign-in the guest's cart joins the buyer's. Prices are not kept: the
 * checkout reads them fresh.
 */
@Entity
@Table(name = "ordering_cart")
class Cart {

    static final int MAX_QUANTITY = 99;
    static final int MAX_LINES = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String token;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "ordering_cart_line", joinColumns = @JoinColumn(name = "cart_id"))
    @MapKeyColumn(name = "product_id")
    @Column(name = "quantity")
    private Map<Long, Integer> quantities = new HashMap<>();

    protected Cart() {
    }

    private Cart(String token, Long userId, Instant now) {
        this.token = token;
        this.userId = userId;
        this.updatedAt = now;
    }

    static Cart ofGuest(String token, Instant now) {
        return new Cart(token, null, now);
    }

    static Cart ofUser(long userId, Instant now) {
        return new Cart(null, userId, now);
    }

    /** Adds pieces to what is there, up to the most one order line holds. */
    void add(long productId, int quantity, Instant now) {
        checkQuantity(quantity);
        if (!quantities.containsKey(productId) && quantities.size() >= MAX_LINES) {
            throw new OrderRuleException("ordering.cart.full");
        }
        quantities.merge(productId, quantity, (had, added) -> Math.min(MAX_QUANTITY, had + added));
        updatedAt = now;
    }

    void set(long productId, int quantity, Instant now) {
        checkQuantity(quantity);
        if (quantities.containsKey(productId)) {
            quantities.put(productId, quantity);
            updatedAt = now;
        }
    }

    void remove(long productId, Instant now) {
        if (quantities.remove(productId) != null) {
            updatedAt = now;
        }
    }

    /** Takes in a guest cart's lines at sign-in; where both hold a product, the larger quantity stays. */
    void absorb(Cart guest, Instant now) {
        guest.quantities.forEach((productId, quantity) -> {
            if (quantities.containsKey(productId) || quantities.size() < MAX_LINES) {
                quantities.merge(productId, quantity, Math::max);
            }
        });
        updatedAt = now;
    }

    private static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new OrderRuleException("ordering.cart.quantity");
        }
    }

    Map<Long, Integer> quantities() {
        return Map.copyOf(quantities);
    }

    Long id() {
        return id;
    }
}
