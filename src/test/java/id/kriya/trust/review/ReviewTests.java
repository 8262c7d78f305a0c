package id.kriya.trust.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import id.kriya.catalog.Rating;
import id.kriya.media.PhotoId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReviewTests {

    static final Instant COMPLETED = Instant.parse("2026-12-01T02:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);
    static final Rating.Scores FIVES = new Rating.Scores(5, 5, 5);
    static final String TEXT = "Kainnya persis seperti di foto, warnanya indah.";

    static ReviewedLine line() {
        return new ReviewedLine(11, "KR-261201-ABCDEF", 21, 31, "51.04", COMPLETED.plus(Duration.ofDays(30)));
    }

    static Review written(Instant at) {
        return new Review(line(), 41, "Sarah T.", FIVES, TEXT, List.of(new PhotoId(UUID.randomUUID())), at);
    }

    static void refused(ThrowingCallable step, String messageKey) {
        assertThatThrownBy(step).isInstanceOfSatisfying(ReviewRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void isWrittenUntilTheOrdersTimeForReviewsEnds() {
        Review review = written(COMPLETED.plus(Duration.ofDays(30)).minusSeconds(1));
        assertThat(review.toView(WEEK, COMPLETED).scores()).isEqualTo(FIVES);

        refused(() -> written(COMPLETED.plus(Duration.ofDays(30))), "trust.review.rule.closed");
    }

    @Test
    void textIsOptionalButNeverTooShortTooLongOrALink() {
        Instant now = COMPLETED.plusSeconds(60);
        assertThat(new Review(line(), 41, "Sarah T.", FIVES, "   ", List.of(), now).toView(WEEK, now).body()).isNull();

        refused(() -> new Review(line(), 41, "S.", FIVES, "Bagus.", List.of(), now), "trust.review.text.size");
        refused(() -> new Review(line(), 41, "S.", FIVES, "a".repeat(2_001), List.of(), now), "trust.review.text.size");
        refused(() -> new Review(line(), 41, "S.", FIVES, "Beli yang lebih murah di www.tokolain.com saja", List.of(), now),
                "trust.review.text.link");
        assertThat(new Review(line(), 41, "S.", FIVES, "😀".repeat(2_000), List.of(), now).toView(WEEK, now).body())
                .as("an emoji counts as one character").hasSize(4_000);
    }

    @Test
    void holdsAtMostFivePhotos() {
        List<PhotoId> six = IntStream.range(0, 6).mapToObj(i -> new PhotoId(UUID.randomUUID())).toList();
        refused(() -> new Review(line(), 41, "S.", FIVES, null, six, COMPLETED), "trust.review.photos.tooMany");
        assertThat(new Review(line(), 41, "S.", FIVES, null, six.subList(0, 5), COMPLETED).photos()).hasSize(5);
    }

    @Test
    void isChangedOnceAndOnlyWithinItsWeek() {
        Review review = written(COMPLETED);
        refused(() -> review.edit(new Rating.Scores(2, 3, 4), TEXT, List.of(), WEEK, COMPLETED.plus(WEEK).plusSeconds(1)),
                "trust.review.rule.editClosed");

        review.edit(new Rating.Scores(2, 3, 4), null, List.of(), WEEK, COMPLETED.plus(WEEK));
        assertThat(review.scores()).isEqualTo(new Rating.Scores(2, 3, 4));
        assertThat(review.photos()).isEmpty();
        assertThat(review.toView(WEEK, COMPLETED.plus(WEEK)).isEditable()).isFalse();

        refused(() -> review.edit(FIVES, TEXT, List.of(), WEEK, COMPLETED.plus(WEEK)), "trust.review.rule.editedOnce");
        assertThat(review.scores()).isEqualTo(new Rating.Scores(2, 3, 4));
    }

    @Test
    void aRefusedChangeChangesNothing() {
        Review review = written(COMPLETED);
        refused(() -> review.edit(new Rating.Scores(1, 1, 1), "lihat https://contoh.id", List.of(), WEEK, COMPLETED),
                "trust.review.text.link");
        assertThat(review.scores()).isEqualTo(FIVES);
        assertThat(review.toView(WEEK, COMPLETED).body()).isEqualTo(TEXT);
        assertThat(review.toView(WEEK, COMPLETED).isEditable()).isTrue();
    }

    @Test
    void theArtisanAnswersOnce() {
        Review review = written(COMPLETED);
        refused(() -> review.answer(51, "Ok", COMPLETED), "trust.review.answer.size");
        review.answer(51, "Terima kasih, semoga awet dipakai!", COMPLETED);

        refused(() -> review.answer(51, "Jawaban kedua yang lebih panjang", COMPLETED), "trust.review.rule.answeredOnce");
        assertThat(review.toView(WEEK, COMPLETED).answer()).isEqualTo("Terima kasih, semoga awet dipakai!");
    }

    @Test
    void aHiddenReviewKeepsItsReasonNoLongerCountsAndCannotBeChanged() {
        Review review = written(COMPLETED);
        refused(() -> review.hide(61, "Kasar", COMPLETED), "trust.review.reason.size");
        review.hide(61, "Berisi nomor telepon pribadi penjual.", COMPLETED);

        assertThat(review.counts()).isFalse();
        assertThat(review.toView(WEEK, COMPLETED).hiddenReason()).isEqualTo("Berisi nomor telepon pribadi penjual.");
        assertThat(review.toView(WEEK, COMPLETED).isEditable()).isFalse();
        refused(() -> review.edit(FIVES, TEXT, List.of(), WEEK, COMPLETED), "trust.review.rule.hidden");
        refused(() -> review.hide(61, "Alasan yang lain lagi", COMPLETED), "trust.review.rule.alreadyHidden");

        review.restore();
        assertThat(review.counts()).isTrue();
        refused(review::restore, "trust.review.rule.notHidden");
    }

    @Test
    void aReportWaitsForTheCouncilUntilItHidesOrKeepsTheReview() {
        Review kept = written(COMPLETED);
        refused(() -> kept.keep(COMPLETED), "trust.review.rule.notReported");
        kept.report(51, "Pembeli ini bukan membeli dari kami.", COMPLETED);
        assertThat(kept.isAwaitingCouncil()).isTrue();
        refused(() -> kept.report(51, "Sekali lagi kami laporkan", COMPLETED), "trust.review.rule.reportedOnce");
        kept.keep(COMPLETED.plusSeconds(60));
        assertThat(kept.isAwaitingCouncil()).isFalse();

        Review hidden = written(COMPLETED);
        hidden.report(51, "Berisi kata-kata kasar.", COMPLETED);
        hidden.hide(61, "Berisi kata-kata kasar.", COMPLETED);
        assertThat(hidden.isAwaitingCouncil()).isFalse();
    }

    @Test
    void anAuthorWhoLeavesTakesNameWordsAndPhotosButTheScoresStay() {
        Review review = written(COMPLETED);
        review.anonymise();

        ReviewView view = review.toView(WEEK, COMPLETED);
        assertThat(view.authorName()).isNull();
        assertThat(view.body()).isNull();
        assertThat(view.photoIds()).isEmpty();
        assertThat(view.scores()).isEqualTo(FIVES);
        assertThat(view.isEditable()).isFalse();
    }
}
