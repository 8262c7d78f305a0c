package id.kriya.trust.standing;

import java.time.Instant;

/** The shop's visible reviews written since a moment, for its standing; the reviews part of trust answers it. */
public interface ReviewScores {

    Score of(long businessId, Instant since);

    /** {@code average} over the three scores of every visible review; null when there is none. */
    record Score(int count, Double average) {
    }
}
