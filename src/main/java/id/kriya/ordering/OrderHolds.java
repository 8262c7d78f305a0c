package id.kriya.ordering;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a complaint (the trust module, above ordering) does to its order, always inside the complaint's own
 * transaction so that the two change together or not at all. The order's row is locked and read afresh, so a
 * complaint opened at the moment the scheduled work completes the order waits for it and then finds it completed.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@NamedInterface("api")
public class OrderHolds {

    @PersistenceContext
    private EntityManager entityManager;

    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderHolds(Orders orders, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Holds the buyer's order for a complaint: it must have arrived, or, for a parcel that did not arrive, be past
     * the courier's latest day. A guest's order proven with the checkout key joins the signed-in buyer's account.
     *
     * @throws OrderNotFoundException when it is not the buyer's order
     * @throws OrderRuleException     when the order cannot take a complaint (not arrived, already complained of)
     */
    public OrderView holdForComplaint(BuyerAccess buyer, String number, String complaintNumber, boolean notArrived) {
        if (buyer.userId() == null) {
            throw new OrderNotFoundException();
        }
        Order order = locked(number);
        if (!OrderManagement.mayBuyerSee(order, buyer)) {
            throw new OrderNotFoundException();
        }
        order.adoptBuyer(buyer.userId());
        order.holdForComplaint(complaintNumber, notArrived, clock.instant());
        changed(order, Actor.BUYER);
        return order.toView();
    }

    /** The complaint closed: the order completes, or ends refunded when its whole total went back to the buyer. */
    public OrderView closeAfterComplaint(String number, boolean refunded) {
        Order order = locked(number);
        order.closeAfterComplaint(refunded, clock.instant());
        changed(order, Actor.SYSTEM);
        return order.toView();
    }

    private Order locked(String number) {
        Order order = orders.findByNumber(number).orElseThrow(OrderNotFoundException::new);
        entityManager.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        return order;
    }

    private void changed(Order order, Actor actor) {
        events.publishEvent(new OrderStatusChanged(order.id(), order.number(), order.businessId(), order.status(),
                actor, order.wasPaid()));
    }
}
