package id.kriya.ordering;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step on an order's timeline: the status it reached, who moved it, when, and a note (a reason, a number). */
@Embeddable
class OrderStep {

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    private Actor actor;

    private String note;

    private Instant at;

    protected OrderStep() {
    }

    OrderStep(OrderStatus status, Actor actor, String note, Instant at) {
        this.status = status;
        this.actor = actor;
        this.note = note;
        this.at = at;
    }

    OrderView.Step toView() {
        return new OrderView.Step(status, actor, note, at);
    }
}
