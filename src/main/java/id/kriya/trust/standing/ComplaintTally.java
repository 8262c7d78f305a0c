package id.kriya.trust.standing;

import java.time.Instant;

/** The complaints opened on the shop's orders since a moment, for its standing; the complaints part answers it. */
public interface ComplaintTally {

    Tally of(long businessId, Instant since);

    /** How many were opened, and how many of those an officer decided against the shop. */
    record Tally(int opened, int decidedAgainst) {
    }
}
