package id.kriya.trust.complaint;

import id.kriya.ordering.OrderHolds;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderNotFoundException;
import id.kriya.ordering.OrderView;
import id.kriya.payment.PaymentLedger;
import id.kriya.shared.Rupiah;
import id.kriya.trust.ComplaintAnswered;
import id.kriya.trust.ComplaintClosed;
import id.kriya.trust.ComplaintDecided;
import id.kriya.trust.ComplaintEscalated;
import id.kriya.trust.ComplaintOpened;
import id.kriya.trust.ComplaintOutcome;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintProgressed;
import id.kriya.trust.Remedy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows a complaint's step outside the complaint, in the same transaction: a refund owed or paid goes into
 * the payment ledger (under the order's number, so the order's ledger shows it beside its payment), a closed
 * complaint closes its order, and every step is announced as an event for mails and the shop's standing.
 */
@Component
class ComplaintEffects {

    private final OrderHolds holds;
    private final OrderManagement orders;
    private final PaymentLedger ledger;
    private final ApplicationEventPublisher events;

    ComplaintEffects(OrderHolds holds, OrderManagement orders, PaymentLedger ledger,
                     ApplicationEventPublisher events) {
        this.holds = holds;
        this.orders = orders;
        this.ledger = ledger;
        this.events = events;
    }

    void opened(Complaint complaint) {
        events.publishEvent(new ComplaintOpened(complaint.number(), complaint.orderNumber(), complaint.businessId(),
                complaint.regionCode(), complaint.reason(), complaint.asked(), complaint.dueAt().orElse(null)));
    }

    void answered(Complaint complaint, ComplaintAnswered.Answer answer, Long userId) {
        ComplaintView view = complaint.toView();
        Remedy remedy = switch (answer) {
            case ACCEPTED -> view.remedy();
            case OFFERED -> view.offered();
            case REJECTED -> null;
        };
        long refund = switch (answer) {
            case ACCEPTED -> complaint.refund();
            case OFFERED -> view.offeredRefund().amount();
            case REJECTED -> 0;
        };
        events.publishEvent(new ComplaintAnswered(complaint.number(), complaint.orderNumber(), complaint.businessId(),
                complaint.regionCode(), answer, remedy, refund, view.dueAt()));
        if (answer == ComplaintAnswered.Answer.ACCEPTED) {
            settled(complaint, userId);
        } else if (answer == ComplaintAnswered.Answer.REJECTED) {
            escalated(complaint, ComplaintEscalated.Cause.REJECTED);
        }
    }

    void escalated(Complaint complaint, ComplaintEscalated.Cause cause) {
        events.publishEvent(new ComplaintEscalated(complaint.number(), complaint.orderNumber(), complaint.businessId(),
                complaint.regionCode(), cause, complaint.dueAt().orElse(null)));
    }

    /** A remedy was settled: a refund without a return is owed now; a rejected complaint closes its order. */
    void settled(Complaint complaint, Long decidedBy) {
        events.publishEvent(new ComplaintDecided(complaint.number(), complaint.orderNumber(), complaint.businessId(),
                complaint.regionCode(), complaint.remedy(), complaint.refund(), complaint.decidedBy(),
                complaint.againstShop()));
        if (complaint.status() == ComplaintStatus.AWAITING_REFUND) {
            refundOwed(complaint, decidedBy);
        }
        closedIfSo(complaint);
    }

    /** The refund is owed (after a settlement, or once a returned piece is back). */
    void refundOwed(Complaint complaint, Long decidedBy) {
        OrderView order = order(complaint);
        ledger.refundDue(order.number(), order.businessId(), order.paymentMethod().ledgerMethod(),
                Rupiah.of(complaint.refund()), decidedBy, note(complaint));
    }

    void progressed(Complaint complaint, ComplaintProgressed.Step step, ComplaintParty by) {
        events.publishEvent(new ComplaintProgressed(complaint.number(), complaint.orderNumber(),
                complaint.businessId(), complaint.regionCode(), step, by));
    }

    void refundPaid(Complaint complaint, long paidBy) {
        OrderView order = order(complaint);
        ledger.refunded(order.number(), order.businessId(), order.paymentMethod().ledgerMethod(),
                Rupiah.of(complaint.refund()), paidBy, note(complaint));
        progressed(complaint, ComplaintProgressed.Step.REFUND_PAID, ComplaintParty.ARTISAN);
        closedIfSo(complaint);
    }

    /** A closed complaint closes its order: refunded when its whole total went back, completed otherwise. */
    void closedIfSo(Complaint complaint) {
        if (complaint.status() != ComplaintStatus.CLOSED) {
            return;
        }
        ComplaintOutcome outcome = complaint.outcome();
        holds.closeAfterComplaint(complaint.orderNumber(), outcome == ComplaintOutcome.REFUNDED);
        boolean paidBack = outcome == ComplaintOutcome.REFUNDED || outcome == ComplaintOutcome.PARTLY_REFUNDED;
        events.publishEvent(new ComplaintClosed(complaint.number(), complaint.orderNumber(), complaint.businessId(),
                complaint.regionCode(), outcome, paidBack ? complaint.refund() : 0));
    }

    private OrderView order(Complaint complaint) {
        return orders.find(complaint.orderNumber()).orElseThrow(OrderNotFoundException::new);
    }

    private static String note(Complaint complaint) {
        return "Komplain " + complaint.number();
    }
}
