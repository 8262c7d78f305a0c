package id.kriya.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import id.kriya.catalog.NotEnoughStockException;
import id.kriya.catalog.ProductStock;
import id.kriya.catalog.ProductView;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.CartView;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.payment.gateway.GatewayPayments;
import id.kriya.shared.Bali;
import id.kriya.shared.ReferenceNumbers;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.Courier;
import id.kriya.shipping.Destination;
import id.kriya.shipping.Parcel;
import id.kriya.shipping.ShippingQuote;
import id.kriya.shipping.ShippingRates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns a cart into orders, one per artisan business, all or nothing: every piece is taken from stock in the same
 * transaction that writes the orders, so a failure anywhere (a piece sold a moment ago, a changed price, a crash)
 * leaves stock as it was. A second submission of the same checkout finds the first one's orders instead of
 * placing new ones.
 */
@Service
@NamedInterface("api")
public class Checkout {

    private final ShoppingCart cart;
    private final ProductStock stock;
    private final ShippingRates shipping;
    private final GatewayPayments gateway;
    private final Orders orders;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ApplicationEventPublisher events;
    private final OrderingProperties properties;
    private final Clock clock;

    Checkout(ShoppingCart cart, ProductStock stock, ShippingRates shipping, GatewayPayments gateway, Orders orders,
             JdbcClient jdbc,
             TransactionOperations transactions, ApplicationEventPublisher events, OrderingProperties properties,
             Clock clock) {
        this.cart = cart;
        this.stock = stock;
        this.shipping = shipping;
        this.gateway = gateway;
        this.orders = orders;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Places the orders of a checkout.
     *
     * @throws OrderRuleException for an empty cart, a piece no longer for sale, a total that changed since the
     *                            buyer saw it, or a delivery that does not serve the address
     */
    public PlacedCheckout place(CheckoutRequest request) {
        try {
            return Objects.requireNonNull(transactions.execute(tx -> placeOnce(request)));
        } catch (DataIntegrityViolationException e) {
            List<OrderView> placed = transactions.execute(tx -> orders.findByCheckoutIdOrderByIdAsc(
                    request.checkoutId()).stream().map(Order::toView).toList());
            if (placed == null || placed.isEmpty()) {
                throw e;
            }
            if (!Objects.equals(placed.get(0).buyerUserId(), request.cart().userId())) {
                throw new OrderNotFoundException();
            }
            return new PlacedCheckout(request.checkoutId(), placed, true);
        }
    }

    /** How long a buyer has to pay an order once it is placed. */
    public Duration payWithin() {
        return properties.payWithin();
    }

    /** What the checkout will cost to this address with these deliveries (the cheapest where none is chosen). */
    @Transactional(readOnly = true)
    public CheckoutPreview preview(CartOwner owner, ShippingAddress address, Map<Long, String> chosen) {
        return previewOf(cart.view(owner), address, chosen);
    }

    private CheckoutPreview previewOf(CartView view, ShippingAddress address, Map<Long, String> chosen) {
        List<CheckoutPreview.Part> parts = new ArrayList<>();
        for (CartView.Group group : view.groups()) {
            if (!group.hasBuyable()) {
                continue;
            }
            List<ShippingQuote> options = shipping.quotes(group.businessId(), group.regionCode(),
                    destinationOf(address), parcelOf(group));
            String choice = chosen.get(group.businessId());
            ShippingQuote picked = options.stream()
                    .filter(option -> CheckoutPreview.Part.choiceOf(option).equals(choice)).findFirst()
                    .orElse(options.stream().filter(option -> !option.isPickup()).findFirst()
                            .orElse(options.isEmpty() ? null : options.get(0)));
            parts.add(new CheckoutPreview.Part(group, options, picked));
        }
        return new CheckoutPreview(address, parts);
    }

    private static Parcel parcelOf(CartView.Group group) {
        return Parcel.of(group.lines().stream().map(line -> new Parcel.Piece(line.parcelWeightGrams(),
                line.parcelLengthCm(), line.parcelWidthCm(), line.parcelHeightCm(), line.quantity())).toList());
    }

    private static Destination destinationOf(ShippingAddress address) {
        return address.isAbroad() ? Destination.abroad(address.country()) : Destination.home(address.regionCode());
    }

    private PlacedCheckout placeOnce(CheckoutRequest request) {
        Instant now = clock.instant();
        // First, so that a second submission of the same form waits here for the first and then collides.
        jdbc.sql("INSERT INTO ordering_checkout (id, placed_at) VALUES (:id, :now)")
                .param("id", request.checkoutId()).param("now", java.sql.Timestamp.from(now)).update();
        CartView view = cart.view(request.cart());
        if (view.isEmpty()) {
            throw new OrderRuleException("ordering.checkout.empty");
        }
        if (request.seenPrices() != null
                && !previewOf(view, request.address(), request.deliveries()).fingerprint().equals(request.seenPrices())) {
            throw new OrderRuleException("ordering.checkout.pricesChanged");
        }
        List<Order> placed = new ArrayList<>();
        List<Long> bought = new ArrayList<>();
        for (CartView.Group group : view.groups()) {
            placed.add(orderFor(group, request, now));
            group.lines().forEach(line -> bought.add(line.productId()));
        }
        Rupiah total = placed.stream().map(Order::total).reduce(Rupiah.ZERO, Rupiah::plus);
        if (request.seenPrices() == null && !total.equals(request.expectedTotal())) {
            throw new OrderRuleException("ordering.checkout.totalChanged", total.formatted());
        }
        orders.saveAll(placed);
        if (gateway.isEnabled()) {
            placed.forEach(order -> gateway.expect(order.number(), order.businessId(), order.total()));
        }
        placed.forEach(order -> events.publishEvent(new OrderPlaced(order.id(), order.number(), order.businessId())));
        cart.removeAll(request.cart(), bought);
        return new PlacedCheckout(request.checkoutId(), placed.stream().map(Order::toView).toList(), false);
    }

    private Order orderFor(CartView.Group group, CheckoutRequest request, Instant now) {
        List<OrderLine> lines = new ArrayList<>();
        List<Parcel.Piece> pieces = new ArrayList<>();
        int shipWithinDays = properties.handlingDays();
        for (CartView.Line line : group.lines()) {
            ProductView sold;
            try {
                sold = stock.take(line.productId(), line.quantity());
            } catch (NotEnoughStockException e) {
                throw e.available() == 0
                        ? new OrderRuleException("ordering.checkout.soldOut", line.title())
                        : new OrderRuleException("ordering.checkout.fewerLeft", line.title(), e.available());
            }
            lines.add(OrderLine.of(sold, line.quantity()));
            if (sold.leadTimeDays() != null) {
                shipWithinDays = Math.max(shipWithinDays, sold.leadTimeDays());
            }
            pieces.add(new Parcel.Piece(sold.parcelWeightGrams(), sold.parcelLengthCm(), sold.parcelWidthCm(),
                    sold.parcelHeightCm(), line.quantity()));
        }
        ShippingQuote quote = quote(group, request, Parcel.of(pieces));
        return new Order(newNumber(now), request.checkoutId(), group.businessId(), request.cart().userId(),
                accessKeyHash(request.checkoutId()), request.buyer(), request.address(), quote, lines, now,
                properties.payWithin(), shipWithinDays);
    }

    private ShippingQuote quote(CartView.Group group, CheckoutRequest request, Parcel parcel) {
        String choice = request.deliveries().get(group.businessId());
        Courier courier = null;
        if (choice == null) {
            throw new OrderRuleException("ordering.checkout.delivery", group.businessName());
        }
        if (!CheckoutRequest.PICKUP.equals(choice)) {
            try {
                courier = Courier.valueOf(choice);
            } catch (IllegalArgumentException e) {
                throw new OrderRuleException("ordering.checkout.delivery", group.businessName());
            }
        }
        return shipping.quote(group.businessId(), group.regionCode(), destinationOf(request.address()), parcel, courier)
                .orElseThrow(() -> new OrderRuleException("ordering.checkout.delivery", group.businessName()));
    }

    /** The key in a guest's links to their orders: only its hash is kept. */
    static String accessKeyHash(UUID checkoutId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(checkoutId.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** KR-251125-7F3K9Q: the day it was placed in Bali and six letters nobody misreads. */
    private static String newNumber(Instant now) {
        return ReferenceNumbers.next("KR", LocalDate.ofInstant(now, Bali.ZONE));
    }
}
