package id.kriya.trust.standing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import id.kriya.ordering.ServiceRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored standing of one shop: its latest figures, whether it holds the badge and since when. */
@Entity
@Table(name = "trust_shop_standing")
class Standing {

    @Id
    @Column(name = "business_id")
    private long businessId;

    @Column(name = "orders_to_answer")
    private int ordersToAnswer;

    @Column(name = "answered_in_time")
    private int answeredInTime;

    @Column(name = "orders_to_ship")
    private int ordersToShip;

    @Column(name = "shipped_on_time")
    private int shippedOnTime;

    @Column(name = "delivered_orders")
    private int deliveredOrders;

    @Column(name = "completed_orders")
    private int completedOrders;

    @Column(name = "review_count")
    private int reviewCount;

    @Column(name = "average_review")
    private BigDecimal averageReview;

    private int complaints;

    @Column(name = "complaints_against")
    private int complaintsAgainst;

    private boolean trusted;

    @Column(name = "trusted_since")
    private Instant trustedSince;

    @Column(name = "computed_at")
    private Instant computedAt;

    @Column(name = "recompute_at")
    private Instant recomputeAt;

    protected Standing() {
    }

    /**
     * Takes the new figures and the badge they earn; returns whether the badge was gained or lost. The badge keeps
     * the moment it was first earned while it is held.
     */
    boolean update(ServiceRecord service, ReviewScores.Score reviews, ComplaintTally.Tally complaints,
                   StandingRules rules, Instant now) {
        ordersToAnswer = service.ordersToAnswer();
        answeredInTime = service.answeredInTime();
        ordersToShip = service.ordersToShip();
        shippedOnTime = service.shippedOnTime();
        deliveredOrders = service.delivered();
        completedOrders = service.completed();
        reviewCount = reviews.count();
        averageReview = reviews.average() == null ? null
                : BigDecimal.valueOf(reviews.average()).setScale(2, RoundingMode.HALF_UP);
        this.complaints = complaints.opened();
        complaintsAgainst = complaints.decidedAgainst();
        computedAt = now;
        recomputeAt = now.plus(rules.recomputeEvery());
        boolean earned = rules.isTrusted(toFigures());
        boolean changed = earned != trusted;
        trusted = earned;
        trustedSince = earned ? (trustedSince == null ? now : trustedSince) : null;
        return changed;
    }

    boolean isTrusted() {
        return trusted;
    }

    StandingFigures toFigures() {
        return new StandingFigures(businessId, new ServiceRecord(ordersToAnswer, answeredInTime, ordersToShip,
                shippedOnTime, deliveredOrders, completedOrders), reviewCount,
                averageReview == null ? null : averageReview.doubleValue(), complaints, complaintsAgainst, trusted,
                trustedSince, computedAt);
    }
}
