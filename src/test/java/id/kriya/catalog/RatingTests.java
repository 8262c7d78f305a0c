package id.kriya.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RatingTests {

    @Test
    void averagesEachScoreToOneDecimal() {
        Rating rating = Rating.NONE.plus(new Rating.Scores(5, 4, 5)).plus(new Rating.Scores(4, 4, 5))
                .plus(new Rating.Scores(5, 3, 4));

        assertThat(rating.count()).isEqualTo(3);
        assertThat(rating.asPictured()).isEqualByComparingTo(new BigDecimal("4.7"));
        assertThat(rating.quality()).isEqualByComparingTo(new BigDecimal("3.7"));
        assertThat(rating.service()).isEqualByComparingTo(new BigDecimal("4.7"));
    }

    @Test
    void noReviewsNoAverage() {
        assertThat(Rating.NONE.isRated()).isFalse();
        assertThat(Rating.NONE.asPictured()).isNull();
    }

    @Test
    void aWithdrawnReviewLeavesTheOthers() {
        Rating rating = Rating.NONE.plus(new Rating.Scores(1, 1, 1)).plus(new Rating.Scores(5, 5, 5));
        assertThat(rating.minus(new Rating.Scores(1, 1, 1))).isEqualTo(new Rating(1, 5, 5, 5));
        assertThatThrownBy(() -> Rating.NONE.minus(new Rating.Scores(1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresGoFromOneToFive() {
        assertThatThrownBy(() -> new Rating.Scores(0, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating.Scores(3, 6, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rating.Scores.isScore(null)).isFalse();
    }
}
