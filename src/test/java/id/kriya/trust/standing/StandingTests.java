package id.kriya.trust.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;

import id.kriya.ordering.ServiceRecord;
import id.kriya.trust.standing.StandingRules.Criterion;
import org.junit.jupiter.api.Test;

class StandingTests {

    static final StandingRules RULES = new StandingRules(Period.ofDays(90), Duration.ofHours(24), 0.95, 0.95, 4.8, 5,
            0, Duration.ofHours(24));
    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final ServiceRecord EXEMPLARY = new ServiceRecord(20, 20, 20, 19, 20, 18);
    static final ReviewScores.Score PRAISED = new ReviewScores.Score(9, 4.9);
    static final ComplaintTally.Tally NONE = new ComplaintTally.Tally(0, 0);

    @Test
    void shopMeetingEveryCriterionEarnsTheBadgeOnceAndKeepsItsDate() {
        Standing standing = new Standing();

        assertThat(standing.update(EXEMPLARY, PRAISED, NONE, RULES, NOW)).isTrue();
        assertThat(standing.update(EXEMPLARY, PRAISED, NONE, RULES, NOW.plus(Duration.ofDays(1)))).isFalse();

        assertThat(standing.toFigures().trusted()).isTrue();
        assertThat(standing.toFigures().trustedSince()).isEqualTo(NOW);
    }

    @Test
    void oneComplaintDecidedAgainstTheShopTakesTheBadgeAway() {
        Standing standing = new Standing();
        standing.update(EXEMPLARY, PRAISED, NONE, RULES, NOW);

        boolean changed = standing.update(EXEMPLARY, PRAISED, new ComplaintTally.Tally(1, 1), RULES, NOW);

        assertThat(changed).isTrue();
        assertThat(standing.toFigures().trusted()).isFalse();
        assertThat(standing.toFigures().trustedSince()).isNull();
    }

    @Test
    void aComplaintSettledInTheShopsFavourDoesNotCountAgainstIt() {
        Standing standing = new Standing();

        standing.update(EXEMPLARY, PRAISED, new ComplaintTally.Tally(1, 0), RULES, NOW);

        assertThat(standing.toFigures().trusted()).isTrue();
        assertThat(standing.toFigures().complaintRate()).isEqualTo(1.0 / 20);
    }

    @Test
    void newShopWithoutOrdersOrReviewsIsNotTrustedYet() {
        Standing standing = new Standing();

        standing.update(ServiceRecord.NONE, new ReviewScores.Score(0, null), NONE, RULES, NOW);

        assertThat(standing.toFigures().trusted()).isFalse();
        assertThat(RULES.assess(standing.toFigures())).extracting(Criterion::met)
                .containsExactly(true, true, false, false, true);
    }

    @Test
    void eachCriterionFailsOnItsOwnJustBelowTheLine() {
        assertThat(failing(new ServiceRecord(20, 18, 20, 20, 20, 18), PRAISED)).containsExactly(Criterion.Kind.ANSWERED);
        assertThat(failing(new ServiceRecord(20, 20, 20, 18, 20, 18), PRAISED))
                .containsExactly(Criterion.Kind.SHIPPED_ON_TIME);
        assertThat(failing(EXEMPLARY, new ReviewScores.Score(9, 4.79))).containsExactly(Criterion.Kind.AVERAGE_REVIEW);
        assertThat(failing(new ServiceRecord(4, 4, 4, 4, 4, 4), PRAISED))
                .containsExactly(Criterion.Kind.COMPLETED_ORDERS);
    }

    @Test
    void averageIsKeptToTwoDecimals() {
        Standing standing = new Standing();

        standing.update(EXEMPLARY, new ReviewScores.Score(3, 14.0 / 3), NONE, RULES, NOW);

        assertThat(standing.toFigures().averageReview()).isEqualTo(4.67);
    }

    private static java.util.List<Criterion.Kind> failing(ServiceRecord service, ReviewScores.Score reviews) {
        Standing standing = new Standing();
        standing.update(service, reviews, NONE, RULES, NOW);
        return RULES.assess(standing.toFigures()).stream().filter(c -> !c.met()).map(Criterion::kind).toList();
    }
}
