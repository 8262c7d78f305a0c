package id.kriya.trust.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import id.kriya.media.PrivatePhotoId;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.OrderHolds;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderView;
import id.kriya.shared.Bali;
import id.kriya.shared.ReferenceNumbers;
import id.kriya.shipping.Courier;
import id.kriya.shipping.InvalidTrackingNumberException;
import id.kriya.shipping.TrackingNumber;
import id.kriya.trust.ComplaintEscalated;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintProgressed;
import id.kriya.trust.ComplaintReason;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a buyer does with complaints: open one on their order from arrival until the window closes (or, for a
 * parcel that did not arrive, once the courier's latest day has passed), and then take the artisan's offer, ask
 * for mediation, withdraw, send a piece back, or confirm a replacement arrived. A complaint that is not the
 * buyer's does not exist for them.
 */
@Service
@Transactional
public class BuyerComplaints {

    private final Complaints complaints;
    private final ComplaintAccess access;
    private final ComplaintEffects effects;
    private final OrderManagement orders;
    private final OrderHolds holds;
    private final ComplaintProperties times;
    private final Clock clock;

    BuyerComplaints(Complaints complaints, ComplaintAccess access, ComplaintEffects effects, OrderManagement orders,
                    OrderHolds holds, ComplaintProperties times, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.effects = effects;
        this.orders = orders;
        this.holds = holds;
        this.times = times;
        this.clock = clock;
    }

    /** Whether the buyer may complain about this order now, about what, and until when. */
    public record Opening(OrderView order, List<ComplaintReason> reasons, Instant closesAt) {
    }

    /**
     * @throws id.kriya.ordering.OrderNotFoundException when it is not the buyer's order
     * @throws ComplaintRuleException when no complaint can be opened on it now, saying why
     */
    @Transactional(readOnly = true)
    public Opening openingFor(BuyerAccess buyer, String orderNumber) {
        OrderView order = orders.forBuyer(buyer, orderNumber);
        if (order.complaintNumber() != null || complaints.existsByOrderNumber(orderNumber)) {
            throw new ComplaintRuleException("complaint.already");
        }
        Instant now = clock.instant();
        if (order.status() == OrderStatus.ARRIVED) {
            Instant closes = order.arrivedAt().plus(times.openWithin());
            if (!now.isBefore(closes)) {
                throw new ComplaintRuleException("complaint.window.closed");
            }
            return new Opening(order, Arrays.asList(ComplaintReason.values()), closes);
        }
        if (order.isLate(now)) {
            return new Opening(order, List.of(ComplaintReason.NOT_ARRIVED), null);
        }
        throw new ComplaintRuleException(order.status() == OrderStatus.SHIPPED ? "complaint.window.notYet"
                : "complaint.window.closed");
    }

    /**
     * Opens a complaint and holds the order; returns the complaint's number. {@code photos} are the buyer's
     * private uploads, already stored (the caller deletes them when this refuses).
     *
     * @throws id.kriya.ordering.OrderNotFoundException when it is not the buyer's order (or no buyer is signed in)
     * @throws ComplaintRuleException when a complaint cannot be opened now, or its reason, request, amount, text or
     *                                photos do not hold
     */
    public String open(BuyerAccess buyer, String orderNumber, OpenComplaint request, List<PrivatePhotoId> photos) {
        Opening opening = openingFor(buyer, orderNumber);
        if (request.reason() != null && !opening.reasons().contains(request.reason())) {
            throw new ComplaintRuleException("complaint.reason.notYetArrived");
        }
        Instant now = clock.instant();
        String number = ReferenceNumbers.next("KM", LocalDate.ofInstant(now, Bali.ZONE));
        OrderView order = opening.order();
        Complaint complaint = new Complaint(number, new Complaint.Facts(order.number(), order.businessId(),
                access.regionOf(order.businessId()), order.total().amount()), buyer.userId(), request.reason(),
                request.asked(), request.amount(), request.text(), photos, now, times);
        try {
            holds.holdForComplaint(buyer, orderNumber, number, request.reason() == ComplaintReason.NOT_ARRIVED);
        } catch (OrderRuleException e) {
            throw new ComplaintRuleException(e.messageKey());
        }
        complaints.save(complaint);
        effects.opened(complaint);
        return number;
    }

    @Transactional(readOnly = true)
    public Page<ComplaintView> mine(long userId, Pageable pageable) {
        return complaints.findByBuyerUserIdOrderByOpenedAtDescIdDesc(userId, pageable).map(Complaint::toView);
    }

    /** Takes the complaint back before a remedy is settled; the order completes. */
    public void withdraw(long userId, String number, String note) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.BUYER);
        complaint.withdraw(userId, note, clock.instant());
        effects.closedIfSo(complaint);
    }

    /** Takes the artisan's offer: it is carried out. */
    public void acceptOffer(long userId, String number) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.BUYER);
        complaint.acceptOffer(userId, clock.instant(), times);
        effects.settled(complaint, userId);
    }

    public void askMediation(long userId, String number, String note) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.BUYER);
        complaint.askMediation(ComplaintParty.BUYER, userId, note, clock.instant(), times);
        effects.escalated(complaint, ComplaintEscalated.Cause.BUYER_ASKED);
    }

    /** The piece is on its way back with this courier's tracking number, checked against the courier's format. */
    public void returnShipped(long userId, String number, Courier courier, String tracking) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.BUYER);
        complaint.returnShipped(userId, courier, checked(courier, tracking), clock.instant(), times);
        effects.progressed(complaint, ComplaintProgressed.Step.RETURN_SHIPPED, ComplaintParty.BUYER);
    }

    public void replacementReceived(long userId, String number) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.BUYER);
        complaint.replacementReceived(userId, clock.instant());
        effects.closedIfSo(complaint);
    }

    /** A courier's tracking number in its format, or a rule broken with the shipping module's message. */
    static String checked(Courier courier, String tracking) {
        if (courier == null) {
            throw new ComplaintRuleException("complaint.courier.missing");
        }
        try {
            return TrackingNumber.of(courier, tracking).value();
        } catch (InvalidTrackingNumberException e) {
            throw new ComplaintRuleException(e.messageKey());
        }
    }
}
