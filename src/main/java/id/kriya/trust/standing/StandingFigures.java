package id.kriya.trust.standing;

import java.time.Instant;

import id.kriya.ordering.ServiceRecord;

/**
 * A shop's figures over the standing's window: how it answered and shipped (from its orders), its reviews and its
 * complaints. {@code averageReview} is null while nobody has reviewed it.
 */
public record StandingFigures(long businessId, ServiceRecord service, int reviewCount, Double averageReview,
                              int complaints, int complaintsAgainst, boolean trusted, Instant trustedSince,
                              Instant computedAt) {

    public double answeredShare() {
        return service.answeredShare();
    }

    public double shippedOnTimeShare() {
        return service.shippedOnTimeShare();
    }

    public int completedOrders() {
        return service.completed();
    }

    /** Complaints per delivered order, from 0 to 1; 0 while nothing was delivered. */
    public double complaintRate() {
        return service.delivered() == 0 ? 0 : Math.min(1.0, (double) complaints / service.delivered());
    }
}
