package id.kriya.ordering.cart;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.ordering.OrderRuleException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The buyer's cart: add, change, remove, read it split by artisan, and join a guest's cart to an account. */
@Service
@Transactional
@NamedInterface("api")
public class ShoppingCart {

    private final Carts carts;
    private final ProductCatalog catalog;
    private final ArtisanManagement artisans;
    private final Clock clock;

    ShoppingCart(Carts carts, ProductCatalog catalog, ArtisanManagement artisans, Clock clock) {
        this.carts = carts;
        this.catalog = catalog;
        this.artisans = artisans;
        this.clock = clock;
    }

    /**
     * Puts pieces of a product on sale in the cart.
     *
     * @throws ProductNotFoundException when it is not a public product
     * @throws OrderRuleException       for a quantity outside 1–99 or a full cart
     */
    public void add(CartOwner owner, long productId, int quantity) {
        ProductView product = catalog.find(productId).filter(p -> p.status() == ProductStatus.PUBLISHED)
                .orElseThrow(ProductNotFoundException::new);
        if (product.stockKind().isStocked() && quantity > product.stock()) {
            throw new OrderRuleException("ordering.cart.moreThanStock");
        }
        cartOf(owner).add(product.id(), quantity, clock.instant());
    }

    public void change(CartOwner owner, long productId, int quantity) {
        find(owner).ifPresent(cart -> cart.set(productId, quantity, clock.instant()));
    }

    public void remove(CartOwner owner, long productId) {
        find(owner).ifPresent(cart -> cart.remove(productId, clock.instant()));
    }

    /** Drops what an order took, after checkout. */
    public void removeAll(CartOwner owner, Iterable<Long> productIds) {
        find(owner).ifPresent(cart -> productIds.forEach(id -> cart.remove(id, clock.instant())));
    }

    /** At sign-in: the guest's cart joins the buyer's, and the guest's is gone. */
    public void join(String guestToken, long userId) {
        carts.findByToken(guestToken).ifPresent(guest -> {
            Cart mine = carts.findByUserId(userId).orElseGet(() -> carts.save(Cart.ofUser(userId, clock.instant())));
            mine.absorb(guest, clock.instant());
            carts.delete(guest);
        });
    }

    @Transactional(readOnly = true)
    public int pieces(CartOwner owner) {
        return find(owner).map(cart -> cart.quantities().values().stream().mapToInt(Integer::intValue).sum()).orElse(0);
    }

    @Transactional(readOnly = true)
    public CartView view(CartOwner owner) {
        Map<Long, Integer> quantities = find(owner).map(Cart::quantities).orElse(Map.of());
        if (quantities.isEmpty()) {
            return new CartView(List.of());
        }
        Map<Long, List<CartView.Line>> byBusiness = new TreeMap<>();
        for (ProductView product : catalog.findAll(quantities.keySet())) {
            byBusiness.computeIfAbsent(product.businessId(), id -> new ArrayList<>())
                    .add(line(product, quantities.get(product.id())));
        }
        List<CartView.Group> groups = new ArrayList<>();
        byBusiness.forEach((businessId, lines) -> artisans.find(businessId).ifPresent(business -> {
            lines.sort(Comparator.comparing(CartView.Line::productId));
            groups.add(group(business, lines));
        }));
        return new CartView(groups);
    }

    private static CartView.Group group(ArtisanProfile business, List<CartView.Line> lines) {
        return new CartView.Group(business.id(), business.name(), business.slug(), business.regionCode(), lines);
    }

    private static CartView.Line line(ProductView product, int quantity) {
        boolean onSale = product.status() == ProductStatus.PUBLISHED;
        Integer available = product.stockKind() == StockKind.MADE_TO_ORDER ? null : (onSale ? product.stock() : 0);
        return new CartView.Line(product.id(), product.slug(), product.title(), product.coverId(), product.price(),
                quantity, available, onSale, product.parcelWeightGrams(), product.parcelLengthCm(),
                product.parcelWidthCm(), product.parcelHeightCm());
    }

    private Optional<Cart> find(CartOwner owner) {
        return owner.isGuest() ? carts.findByToken(owner.guestToken()) : carts.findByUserId(owner.userId());
    }

    private Cart cartOf(CartOwner owner) {
        return find(owner).orElseGet(() -> carts.save(owner.isGuest()
                ? Cart.ofGuest(owner.guestToken(), clock.instant())
                : Cart.ofUser(owner.userId(), clock.instant())));
    }
}
