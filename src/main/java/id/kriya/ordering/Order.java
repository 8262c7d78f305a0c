package id.kriya.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.kriya.media.PrivatePhotoId;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.Courier;
import id.kriya.shipping.ExportPapers;
import id.kriya.shipping.ShippingQuote;
import id.kriya.shipping.Zone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * One artisan's part of a checkout. It keeps what was bought, the prices, the shipping and the address as they were
 * when it was placed, and it guards its own life: each step is allowed only from the steps before it, so a late or
 * repeated action (a second payment confirmation, shipping an unpaid order, paying an expired one) is refused
 * here whatever page or callback sent it.
 */
@Entity
@Table(name = "ordering_order")
class Order {

    enum Delivery { COURIER, PICKUP }

    static final int MAX_PACKED_PHOTOS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Column(name = "checkout_id")
    private UUID checkoutId;

    @Column(name = "business_id")
    private long businessId;

    @Column(name = "buyer_user_id")
    private Long buyerUserId;

    @Column(name = "access_key_hash")
    private String accessKeyHash;

    @Column(name = "buyer_name")
    private String buyerName;

    @Column(name = "buyer_email")
    private String buyerEmail;

    @Column(name = "buyer_phone")
    private String buyerPhone;

    @Column(name = "buyer_locale")
    private String buyerLocale;

    private String country;

    @Column(name = "region_code")
    private String regionCode;

    private String city;

    private String district;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "address_lines")
    private String addressLines;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    @Enumerated(EnumType.STRING)
    private Courier courier;

    @Enumerated(EnumType.STRING)
    private Zone zone;

    @Column(name = "chargeable_kg")
    private int chargeableKg;

    @Enumerated(EnumType.STRING)
    @Column(name = "export_papers")
    private ExportPapers exportPapers;

    @Column(name = "items_total")
    private long itemsTotal;

    @Column(name = "shipping_cost")
    private long shippingCost;

    private long total;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    private PaymentMethod paymentMethod;

    @Column(name = "transfer_proof")
    private UUID transferProof;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    private CancelledBy cancelledBy;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "completes_at")
    private Instant completesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    /** Within how many days of payment the shop promised to ship: what "shipped on time" is measured against. */
    @Column(name = "ship_within_days")
    private int shipWithinDays;

    /** The courier's longest promised time on the road, in days, as quoted at checkout; null for a pick-up. */
    @Column(name = "delivery_days_max")
    private Integer deliveryDaysMax;

    /** The complaint opened on this order, if any (a complaint holds the order until it closes). */
    @Column(name = "complaint_number")
    private String complaintNumber;

    /** Private photos of the piece as packed, taken by the artisan before shipping: evidence if a complaint comes. */
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "ordering_order_packed_photo", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    private List<UUID> packedPhotos = new ArrayList<>();

    // A page of orders (inbox, buyer's list) reads its lines and steps in batches, not one query per order.
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "ordering_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "ordering_order_step", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected Order() {
    }

    Order(String number, UUID checkoutId, long businessId, Long buyerUserId, String accessKeyHash, Contact buyer,
          ShippingAddress address, ShippingQuote shipping, List<OrderLine> lines, Instant now, Duration payWithin,
          int shipWithinDays) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order holds at least one line");
        }
        this.number = number;
        this.checkoutId = checkoutId;
        this.businessId = businessId;
        this.buyerUserId = buyerUserId;
        this.accessKeyHash = accessKeyHash;
        this.buyerName = buyer.name();
        this.buyerEmail = buyer.email();
        this.buyerPhone = buyer.phone();
        this.buyerLocale = buyer.locale().toLanguageTag();
        this.country = address.country();
        this.regionCode = address.isAbroad() ? null : address.regionCode();
        this.city = address.city();
        this.district = address.district();
        this.postalCode = address.postalCode();
        this.addressLines = address.lines();
        this.delivery = shipping.isPickup() ? Delivery.PICKUP : Delivery.COURIER;
        this.courier = shipping.courier();
        this.zone = shipping.zone();
        this.chargeableKg = shipping.chargeableKilograms();
        this.exportPapers = shipping.papers();
        this.lines = new ArrayList<>(lines);
        this.itemsTotal = lines.stream().map(OrderLine::subtotal).reduce(Rupiah.ZERO, Rupiah::plus).amount();
        this.shippingCost = shipping.cost().amount();
        this.total = Math.addExact(itemsTotal, shippingCost);
        this.deliveryDaysMax = shipping.isPickup() ? null : shipping.maxDays();
        this.status = OrderStatus.AWAITING_PAYMENT;
        this.placedAt = now;
        this.expiresAt = now.plus(payWithin);
        this.shipWithinDays = shipWithinDays;
        step(OrderStatus.AWAITING_PAYMENT, Actor.BUYER, null, now);
    }

    /** The payment arrived. Only an order still waiting for it, and not past its time, can be paid. */
    void markPaid(PaymentMethod method, Actor actor, Instant now) {
        require(status == OrderStatus.AWAITING_PAYMENT, "ordering.rule.notAwaitingPayment");
        require(!now.isAfter(expiresAt), "ordering.rule.expired");
        status = OrderStatus.PAID;
        paymentMethod = method;
        paidAt = now;
        step(OrderStatus.PAID, actor, method.name(), now);
    }

    /** The buyer says they transferred, with a photo of the receipt; the artisan still confirms receipt. */
    /** Returns the receipt this one replaces, if any. */
    Optional<PrivatePhotoId> attachTransferProof(PrivatePhotoId proof, Instant now) {
        require(status == OrderStatus.AWAITING_PAYMENT, "ordering.rule.notAwaitingPayment");
        require(!now.isAfter(expiresAt), "ordering.rule.expired");
        Optional<PrivatePhotoId> replaced = transferProof().filter(previous -> !previous.equals(proof));
        transferProof = proof.value();
        return replaced;
    }

    Optional<PrivatePhotoId> transferProof() {
        return Optional.ofNullable(transferProof).map(PrivatePhotoId::new);
    }

    void startProcessing(Instant now) {
        require(status == OrderStatus.PAID, "ordering.rule.notPaid");
        status = OrderStatus.PROCESSING;
        step(OrderStatus.PROCESSING, Actor.ARTISAN, null, now);
    }

    /** Sent with a courier's tracking number, or ready at the workshop for a pick-up order (no number). */
    void ship(String tracking, Instant now) {
        require(status == OrderStatus.PAID || status == OrderStatus.PROCESSING, "ordering.rule.notPaid");
        if (delivery == Delivery.COURIER) {
            require(tracking != null && !tracking.isBlank(), "ordering.rule.trackingRequired");
            trackingNumber = tracking;
        }
        status = OrderStatus.SHIPPED;
        shippedAt = now;
        step(OrderStatus.SHIPPED, Actor.ARTISAN, trackingNumber, now);
    }

    /** The parcel reached the buyer; the order completes by itself after {@code completeAfter} unless confirmed. */
    void markArrived(Actor actor, Instant now, Duration completeAfter) {
        require(status == OrderStatus.SHIPPED, "ordering.rule.notShipped");
        status = OrderStatus.ARRIVED;
        arrivedAt = now;
        completesAt = now.plus(completeAfter);
        step(OrderStatus.ARRIVED, actor, null, now);
    }

    /** The buyer confirms all is well (from shipped or arrived), or the time after arrival ran out. */
    void complete(Actor actor, Instant now) {
        require(status == OrderStatus.SHIPPED || status == OrderStatus.ARRIVED, "ordering.rule.notShipped");
        if (actor == Actor.SYSTEM) {
            require(status == OrderStatus.ARRIVED && !now.isBefore(completesAt), "ordering.rule.notDue");
        }
        if (arrivedAt == null) {
            arrivedAt = now;
        }
        status = OrderStatus.COMPLETED;
        closedAt = now;
        step(OrderStatus.COMPLETED, actor, null, now);
    }

    /** The buyer changes their mind before paying. */
    void cancelByBuyer(Instant now) {
        require(status == OrderStatus.AWAITING_PAYMENT, "ordering.rule.buyerCannotCancel");
        cancel(CancelledBy.BUYER, Actor.BUYER, null, now);
    }

    /** The artisan cannot fulfil it, saying why; a paid order is then owed a refund. */
    void cancelByArtisan(String reason, Instant now) {
        require(status == OrderStatus.AWAITING_PAYMENT || status == OrderStatus.PAID
                || status == OrderStatus.PROCESSING, "ordering.rule.tooLateToCancel");
        require(reason != null && reason.strip().length() >= 10 && reason.strip().length() <= 500,
                "ordering.rule.reasonSize");
        cancel(CancelledBy.ARTISAN, Actor.ARTISAN, reason.strip(), now);
    }

    /** The artisan sent back the money of a paid order they cancelled. */
    void markRefunded(Instant now) {
        require(status == OrderStatus.CANCELLED && paidAt != null, "ordering.rule.nothingToRefund");
        require(refundedAt == null, "ordering.rule.alreadyRefunded");
        refundedAt = now;
    }

    /**
     * The artisan adds photos of the actual piece as packed, before it leaves: at most {@value #MAX_PACKED_PHOTOS}
     * in all, and only while the order is paid and not yet shipped.
     */
    void addPackedPhotos(List<PrivatePhotoId> photos, Instant now) {
        require(status == OrderStatus.PAID || status == OrderStatus.PROCESSING, "ordering.packed.notBeforeShipping");
        require(!photos.isEmpty(), "ordering.packed.missing");
        require(packedPhotos.size() + photos.size() <= MAX_PACKED_PHOTOS, "ordering.packed.tooMany");
        photos.forEach(photo -> packedPhotos.add(photo.value()));
    }

    /** Takes a packed photo back, while the piece has not left; false when the order has no such photo. */
    boolean removePackedPhoto(PrivatePhotoId photo) {
        require(status == OrderStatus.PAID || status == OrderStatus.PROCESSING, "ordering.packed.notBeforeShipping");
        return packedPhotos.remove(photo.value());
    }

    List<PrivatePhotoId> packedPhotos() {
        return packedPhotos.stream().map(PrivatePhotoId::new).toList();
    }

    /**
     * When the courier said at the latest that the parcel would arrive: shipped plus its longest promised days.
     * Empty for a pick-up, an order not shipped, or one placed before the promise was kept.
     */
    Optional<Instant> expectedBy() {
        if (shippedAt == null || deliveryDaysMax == null) {
            return Optional.empty();
        }
        return Optional.of(shippedAt.plus(Duration.ofDays(deliveryDaysMax)));
    }

    /**
     * A complaint holds the order: from arrival, or still on the road when it is about a parcel that did not arrive
     * by the courier's latest day. It no longer completes by itself; only the complaint's end closes it.
     */
    void holdForComplaint(String complaint, boolean notArrived, Instant now) {
        require(complaintNumber == null, "ordering.complaint.already");
        if (status == OrderStatus.SHIPPED && notArrived) {
            require(expectedBy().filter(expected -> !now.isBefore(expected)).isPresent(),
                    "ordering.complaint.notYetLate");
        } else {
            require(status == OrderStatus.ARRIVED, "ordering.complaint.notArrived");
        }
        complaintNumber = complaint;
        status = OrderStatus.COMPLAINED;
        step(OrderStatus.COMPLAINED, Actor.BUYER, complaint, now);
    }

    /**
     * The complaint closed: the order completes, or, when the whole total went back to the buyer, ends refunded.
     */
    void closeAfterComplaint(boolean refunded, Instant now) {
        require(status == OrderStatus.COMPLAINED, "ordering.complaint.notHeld");
        if (arrivedAt == null) {
            arrivedAt = now;
        }
        status = refunded ? OrderStatus.REFUNDED : OrderStatus.COMPLETED;
        closedAt = now;
        if (refunded) {
            refundedAt = now;
        }
        step(status, Actor.SYSTEM, complaintNumber, now);
    }

    /** A guest's order joins the account of the buyer who proved it theirs with the checkout key. */
    void adoptBuyer(long userId) {
        if (buyerUserId == null) {
            buyerUserId = userId;
        }
    }

    /** Nobody paid in time. */
    void expire(Instant now) {
        require(status == OrderStatus.AWAITING_PAYMENT, "ordering.rule.notAwaitingPayment");
        require(!now.isBefore(expiresAt), "ordering.rule.notDue");
        cancel(CancelledBy.EXPIRY, Actor.SYSTEM, null, now);
    }

    private void cancel(CancelledBy by, Actor actor, String reason, Instant now) {
        status = OrderStatus.CANCELLED;
        cancelledBy = by;
        cancelReason = reason;
        closedAt = now;
        step(OrderStatus.CANCELLED, actor, reason, now);
    }

    private void step(OrderStatus reached, Actor actor, String note, Instant now) {
        steps.add(new OrderStep(reached, actor, note, now));
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new OrderRuleException(messageKey);
        }
    }

    boolean isVisibleTo(long userId) {
        return buyerUserId != null && buyerUserId == userId;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    long businessId() {
        return businessId;
    }

    OrderStatus status() {
        return status;
    }

    String accessKeyHash() {
        return accessKeyHash;
    }

    List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    /** The courier it goes with; null for a pick-up at the workshop. */
    Courier courier() {
        return courier;
    }

    Rupiah total() {
        return Rupiah.of(total);
    }

    PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    boolean wasPaid() {
        return paidAt != null;
    }

    Long buyerUserId() {
        return buyerUserId;
    }

    OrderView toView() {
        return new OrderView(id == null ? 0 : id, number, checkoutId, businessId, buyerUserId,
                new Contact(buyerName, buyerEmail, buyerPhone, Locale.forLanguageTag(buyerLocale)),
                new ShippingAddress(country, regionCode, city, district, postalCode, addressLines),
                delivery == Delivery.PICKUP, courier, zone, chargeableKg, exportPapers,
                lines.stream().map(OrderLine::toView).toList(), Rupiah.of(itemsTotal), Rupiah.of(shippingCost),
                Rupiah.of(total), status, paymentMethod, transferProof().orElse(null),
                trackingNumber, cancelledBy, cancelReason, placedAt, expiresAt, paidAt, shippedAt, arrivedAt,
                completesAt, refundedAt, steps.stream().map(OrderStep::toView).toList(), packedPhotos(),
                expectedBy().orElse(null), complaintNumber);
    }
}
