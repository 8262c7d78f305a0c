package id.kriya.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.council.CouncilManagement;
import id.kriya.catalog.ProductStock;
import id.kriya.media.PrivatePhotoId;
import id.kriya.payment.PaymentLedger;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.TrackingNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What buyers and artisans do with placed orders. Every call says who acts; an order that is not theirs does not
 * exist for them (the same answer as a wrong number). The order itself refuses a step out of turn.
 */
@Service
@Transactional
@NamedInterface("api")
public class OrderManagement {

    private final Orders orders;
    private final ProductStock stock;
    private final ArtisanManagement artisans;
    private final PaymentLedger ledger;
    private final ApplicationEventPublisher events;
    private final OrderingProperties properties;
    private final Clock clock;
    private final CouncilManagement councils;

    OrderManagement(Orders orders, ProductStock stock, ArtisanManagement artisans, PaymentLedger ledger,
                    ApplicationEventPublisher events, OrderingProperties properties, Clock clock,
                    CouncilManagement councils) {
        this.councils = councils;
        this.ledger = ledger;
        this.orders = orders;
        this.stock = stock;
        this.artisans = artisans;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // The buyer's side.

    @Transactional(readOnly = true)
    public Page<OrderView> ofBuyer(long userId, Pageable pageable) {
        return orders.findByBuyerUserIdOrderByPlacedAtDescIdDesc(userId, pageable).map(Order::toView);
    }

    @Transactional(readOnly = true)
    public OrderView forBuyer(BuyerAccess access, String number) {
        return buyers(access, number).toView();
    }

    /** The orders of one checkout; knowing its id (a random UUID given only to the buyer) is the key. */
    @Transactional(readOnly = true)
    public List<OrderView> ofCheckout(UUID checkoutId) {
        return orders.findByCheckoutIdOrderByIdAsc(checkoutId).stream().map(Order::toView).toList();
    }

    public void cancelByBuyer(BuyerAccess access, String number) {
        Order order = buyers(access, number);
        order.cancelByBuyer(clock.instant());
        putBack(order);
        changed(order, Actor.BUYER);
    }

    /** Keeps the buyer's receipt photo on the order; returns the one it replaces, for the caller to delete. */
    public Optional<PrivatePhotoId> attachTransferProof(BuyerAccess access, String number, PrivatePhotoId proof) {
        return buyers(access, number).attachTransferProof(proof, clock.instant());
    }

    /**
     * The order's transfer receipt, for those who may see it: its buyer (signed in, or with the checkout key), the
     * people of the business that sold it, the officers whose area holds that business, and platform admins. For
     * anyone else, as for an order without a receipt, there is none.
     *
     * @param viewer the person asking, or null for a guest
     * @param key the checkout key a guest buyer holds, or null
     */
    @Transactional(readOnly = true)
    public Optional<PrivatePhotoId> transferProofFor(KriyaUser viewer, String key, String number) {
        return orders.findByNumber(number)
                .filter(order -> mayBuyerSee(order, new BuyerAccess(viewer == null ? null : viewer.id(), key))
                        || viewer != null && mayOverseeSale(order, viewer))
                .flatMap(Order::transferProof);
    }

    /**
     * A photo of the piece as packed, for those who may see the order's transfer receipt (its buyer, the seller's
     * people, the officers over the seller's area, admins); for anyone else, or a photo not of this order, none.
     */
    @Transactional(readOnly = true)
    public Optional<PrivatePhotoId> packedPhotoFor(KriyaUser viewer, String key, String number, PrivatePhotoId photo) {
        return orders.findByNumber(number)
                .filter(order -> mayBuyerSee(order, new BuyerAccess(viewer == null ? null : viewer.id(), key))
                        || viewer != null && mayOverseeSale(order, viewer))
                .filter(order -> order.packedPhotos().contains(photo))
                .map(order -> photo);
    }

    private boolean mayOverseeSale(Order order, KriyaUser viewer) {
        if (viewer.has(Role.ADMIN) || artisans.isMember(viewer.id(), order.businessId())) {
            return true;
        }
        return viewer.has(Role.OFFICER) && councils.jurisdictionOf(viewer.id())
                .filter(area -> artisans.find(order.businessId()).map(ArtisanProfile::regionCode)
                        .filter(area::covers).isPresent())
                .isPresent();
    }

    /** The buyer received it and all is well: the order is done (from shipped or arrived). */
    public void confirmReceived(BuyerAccess access, String number) {
        Order order = buyers(access, number);
        order.complete(Actor.BUYER, clock.instant());
        changed(order, Actor.BUYER);
    }

    // The artisan's side.

    @Transactional(readOnly = true)
    public Page<OrderView> inbox(long userId, Collection<OrderStatus> statuses, Pageable pageable) {
        long businessId = businessOf(userId);
        Collection<OrderStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(OrderStatus.class) : statuses;
        return orders.findByBusinessIdAndStatusInOrderByPlacedAtDescIdDesc(businessId, wanted, pageable)
                .map(Order::toView);
    }

    /** The business's orders that wait for its artisan: payments to confirm, orders to ship; one query. */
    @Transactional(readOnly = true)
    public ArtisanWork workOf(long businessId) {
        long toConfirm = 0;
        long toShip = 0;
        for (Object[] row : orders.countByStatus(businessId,
                EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.PROCESSING))) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == OrderStatus.AWAITING_PAYMENT) {
                toConfirm += count;
            } else {
                toShip += count;
            }
        }
        return new ArtisanWork(toConfirm, toShip);
    }

    @Transactional(readOnly = true)
    public long waitingForPayment(long userId) {
        return orders.countByBusinessIdAndStatus(businessOf(userId), OrderStatus.AWAITING_PAYMENT);
    }

    @Transactional(readOnly = true)
    public OrderView forArtisan(long userId, String number) {
        return artisans(userId, number).toView();
    }

    /** The artisan saw the exact amount arrive (QRIS or transfer): the order is paid and the ledger says so. */
    public void confirmPayment(long userId, String number, PaymentMethod method) {
        Order order = artisans(userId, number);
        order.markPaid(method, Actor.ARTISAN, clock.instant());
        ledger.paymentConfirmed(order.number(), order.businessId(), method.ledgerMethod(), order.total(), userId, null);
        changed(order, Actor.ARTISAN);
    }

    public void startProcessing(long userId, String number) {
        Order order = artisans(userId, number);
        order.startProcessing(clock.instant());
        changed(order, Actor.ARTISAN);
    }

    /** Ships with the courier's tracking number, checked against that courier's format; a pick-up needs none. */
    public void ship(long userId, String number, String trackingNumber) {
        Order order = artisans(userId, number);
        String tracking = null;
        if (order.courier() != null) {
            TrackingNumber.problem(order.courier(), trackingNumber).ifPresent(problem -> {
                throw new OrderRuleException(problem);
            });
            tracking = TrackingNumber.of(order.courier(), trackingNumber).value();
        }
        order.ship(tracking, clock.instant());
        changed(order, Actor.ARTISAN);
    }

    /**
     * Keeps the artisan's photos of the piece as packed (1 to 3 in all, before shipping). The photos must be the
     * caller's own private uploads: the controller uploads them first and deletes them again when this refuses.
     */
    public void addPackedPhotos(long userId, String number, List<PrivatePhotoId> photos) {
        artisans(userId, number).addPackedPhotos(photos, clock.instant());
    }

    /** Takes a packed photo off the order; true when it was the order's, for the caller to delete its file. */
    public boolean removePackedPhoto(long userId, String number, PrivatePhotoId photo) {
        return artisans(userId, number).removePackedPhoto(photo);
    }

    public void markArrived(long userId, String number) {
        Order order = artisans(userId, number);
        order.markArrived(Actor.ARTISAN, clock.instant(), properties.completeAfter());
        changed(order, Actor.ARTISAN);
    }

    /** The artisan cannot fulfil it; money already received is owed back, and the ledger says so. */
    public void cancelByArtisan(long userId, String number, String reason) {
        Order order = artisans(userId, number);
        order.cancelByArtisan(reason, clock.instant());
        if (order.wasPaid()) {
            ledger.refundDue(order.number(), order.businessId(), order.paymentMethod().ledgerMethod(), order.total(),
                    userId, reason.strip());
        }
        putBack(order);
        changed(order, Actor.ARTISAN);
    }

    /** The artisan paid back a cancelled order's money: the ledger and the buyer hear of it. */
    public void markRefunded(long userId, String number) {
        Order order = artisans(userId, number);
        order.markRefunded(clock.instant());
        ledger.refunded(order.number(), order.businessId(), order.paymentMethod().ledgerMethod(), order.total(), userId);
        events.publishEvent(new OrderRefunded(order.id(), order.number(), order.businessId()));
    }

    // Other modules and scheduled work.

    /**
     * A payment gateway settled an order: paid when it is the order's exact total and the order still waits for it;
     * a late, repeated or wrong-amount notice changes nothing.
     */
    public boolean markPaidByGateway(String number, Rupiah amount) {
        return orders.findByNumber(number).filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT)
                .filter(order -> order.total().equals(amount))
                .map(order -> {
                    order.markPaid(PaymentMethod.GATEWAY, Actor.GATEWAY, clock.instant());
                    changed(order, Actor.GATEWAY);
                    return true;
                }).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<OrderView> find(String number) {
        return orders.findByNumber(number).map(Order::toView);
    }

    void expire(long orderId) {
        Order order = orders.findById(orderId).orElseThrow(OrderNotFoundException::new);
        order.expire(clock.instant());
        putBack(order);
        changed(order, Actor.SYSTEM);
    }

    void completeAfterArrival(long orderId) {
        Order order = orders.findById(orderId).orElseThrow(OrderNotFoundException::new);
        order.complete(Actor.SYSTEM, clock.instant());
        changed(order, Actor.SYSTEM);
    }

    private void putBack(Order order) {
        order.lines().forEach(line -> stock.putBack(line.productId(), line.quantity()));
    }

    private void changed(Order order, Actor actor) {
        events.publishEvent(new OrderStatusChanged(order.id(), order.number(), order.businessId(), order.status(),
                actor, order.wasPaid()));
    }

    private Order buyers(BuyerAccess access, String number) {
        return orders.findByNumber(number).filter(order -> mayBuyerSee(order, access))
                .orElseThrow(OrderNotFoundException::new);
    }

    static boolean mayBuyerSee(Order order, BuyerAccess access) {
        if (access.userId() != null && order.isVisibleTo(access.userId())) {
            return true;
        }
        if (access.key() == null) {
            return false;
        }
        try {
            String hash = Checkout.accessKeyHash(UUID.fromString(access.key()));
            return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                    order.accessKeyHash().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Order artisans(long userId, String number) {
        long businessId = businessOf(userId);
        return orders.findByNumber(number).filter(order -> order.businessId() == businessId)
                .orElseThrow(OrderNotFoundException::new);
    }

    private long businessOf(long userId) {
        return artisans.businessIdOf(userId).orElseThrow(OrderNotFoundException::new);
    }
}
