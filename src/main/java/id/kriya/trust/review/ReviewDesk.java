package id.kriya.trust.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountView;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.catalog.ProductRatings;
import id.kriya.catalog.Rating;
import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.trust.ReviewAnswered;
import id.kriya.trust.ReviewHidden;
import id.kriya.trust.ReviewPosted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with reviews. Every call says who acts, and a review, order or line that is not theirs to act on
 * does not exist for them ({@link ReviewNotFoundException}, as for a wrong id): the buyer writes and changes their
 * own, the artisan's people answer and report those of their shop, officers decide on those of shops in their area.
 * The review itself refuses a step out of turn ({@link ReviewRuleException}). Each change moves the product's and
 * shop's rating in the catalog in the same transaction, and is announced as an event.
 */
@Service
@Transactional
public class ReviewDesk {

    private final Reviews reviews;
    private final ReviewableOrders orders;
    private final AccountManagement accounts;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final ProductRatings ratings;
    private final MediaLibrary media;
    private final ApplicationEventPublisher events;
    private final ReviewProperties properties;
    private final Clock clock;

    ReviewDesk(Reviews reviews, ReviewableOrders orders, AccountManagement accounts, ArtisanManagement artisans,
               CouncilManagement councils, ProductRatings ratings, MediaLibrary media, ApplicationEventPublisher events,
               ReviewProperties properties, Clock clock) {
        this.reviews = reviews;
        this.orders = orders;
        this.accounts = accounts;
        this.artisans = artisans;
        this.councils = councils;
        this.ratings = ratings;
        this.media = media;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a buyer writes: three scores from 1 to 5, a text (or none) and the photos they uploaded for it. */
    public record Draft(Rating.Scores scores, String text, List<PhotoId> photos) {

        public Draft {
            photos = List.copyOf(photos);
        }
    }

    /**
     * What is wrong with a review's text (too short or long, or with a link), as a message key; empty when it may be
     * kept. For a form to say so before any photo is uploaded.
     */
    public static Optional<String> textProblem(String text) {
        return ReviewText.bodyProblem(text);
    }

    /** The same for an artisan's answer. */
    public static Optional<String> answerProblem(String text) {
        return ReviewText.answerProblem(text);
    }

    /** The same for the reason of a report or of hiding. */
    public static Optional<String> reasonProblem(String text) {
        return ReviewText.reasonProblem(text);
    }

    /**
     * Whether the buyer may review this line of their order now, for the form before it is shown or sent: the same
     * checks as {@link #write}, which makes them again.
     */
    @Transactional(readOnly = true)
    public void checkWritable(long userId, String key, String orderNumber, long productId) {
        orders.writableLine(userId, key, orderNumber, productId);
    }

    /**
     * The buyer reviews one line of their completed order: signed in as the account that placed it, or, for an order
     * placed as a guest, signed in and holding its checkout key. Returns the new review's id.
     *
     * @param key the checkout key of a guest order, or null
     * @throws ReviewNotFoundException when the order or line is not the buyer's
     * @throws ReviewRuleException when the order is not completed, its time for reviews is over, the line has its
     *                             review already, or the draft breaks the rules (text, photos)
     */
    public long write(long userId, String key, String orderNumber, long productId, Draft draft) {
        ReviewedLine line = orders.writableLine(userId, key, orderNumber, productId);
        requireOwnPhotos(userId, draft.photos());
        AccountView author = accounts.find(userId).orElseThrow(ReviewNotFoundException::new);
        Review review = new Review(line, userId, AuthorNames.shorten(author.displayName()), draft.scores(), draft.text(),
                draft.photos(), clock.instant());
        try {
            reviews.saveAndFlush(review);
        } catch (DataIntegrityViolationException e) {
            // The same line reviewed a moment ago in another request: the database's one-per-line rule answers.
            throw new ReviewRuleException("trust.review.rule.once");
        }
        ratings.add(line.productId(), review.scores());
        events.publishEvent(new ReviewPosted(review.id(), line.orderNumber(), line.productId(), line.businessId(), userId,
                review.scores().asPictured(), review.scores().quality(), review.scores().service()));
        return review.id();
    }

    /**
     * The author changes their review, once and soon after writing it. {@code draft.photos()} is the whole new list:
     * those of the review it leaves out are deleted.
     */
    public void edit(long userId, long reviewId, Draft draft) {
        Review review = reviews.findById(reviewId).filter(found -> found.isBy(userId))
                .orElseThrow(ReviewNotFoundException::new);
        List<PhotoId> before = review.photos();
        requireOwnPhotos(userId, draft.photos());
        Rating.Scores scoresBefore = review.scores();
        review.edit(draft.scores(), draft.text(), draft.photos(), properties.editableFor(), clock.instant());
        ratings.replace(review.productId(), scoresBefore, review.scores());
        before.stream().filter(photo -> !review.photos().contains(photo)).forEach(photo -> media.delete(photo, userId));
    }

    /** The artisan (owner or staff) answers a review of their shop, once, in public. */
    public void answer(long userId, long reviewId, String text) {
        Review review = ofShopOf(userId, reviewId);
        review.answer(userId, text, clock.instant());
        events.publishEvent(new ReviewAnswered(review.id(), review.productId(), review.businessId(),
                review.authorUserId()));
    }

    /** The artisan asks the council of their area to look at a review they think breaks the rules. */
    public void report(long userId, long reviewId, String reason) {
        ofShopOf(userId, reviewId).report(userId, reason, clock.instant());
    }

    /** An officer of the shop's area hides a review that breaks the rules; its author reads the reason. */
    public void hide(long officerId, long reviewId, String reason) {
        Review review = inAreaOf(officerId, reviewId);
        review.hide(officerId, reason, clock.instant());
        ratings.withdraw(review.productId(), review.scores());
        events.publishEvent(new ReviewHidden(review.id(), review.orderNumber(), review.productId(),
                review.businessId(), review.authorUserId(), officerId, review.hiddenReason()));
    }

    /** An officer finds a reported review within the rules: it stays and the report is closed. */
    public void keep(long officerId, long reviewId) {
        inAreaOf(officerId, reviewId).keep(clock.instant());
    }

    /** An officer shows a hidden review again; it counts in the rating again. */
    public void restore(long officerId, long reviewId) {
        Review review = inAreaOf(officerId, reviewId);
        review.restore();
        ratings.add(review.productId(), review.scores());
    }

    /** Only the author's own uploads: a forged photo id (someone else's, or none at all) is refused. */
    private void requireOwnPhotos(long userId, List<PhotoId> photos) {
        if (!photos.stream().allMatch(photo -> media.isOwnedBy(photo, userId))) {
            throw new ReviewRuleException("trust.review.photos.notYours");
        }
    }

    private Review ofShopOf(long userId, long reviewId) {
        long businessId = artisans.businessIdOf(userId)
                .orElseThrow(ReviewNotFoundException::new);
        return reviews.findByIdAndBusinessId(reviewId, businessId).orElseThrow(ReviewNotFoundException::new);
    }

    private Review inAreaOf(long officerId, long reviewId) {
        Set<String> areas = councils.jurisdictionOf(officerId).map(Jurisdiction::regionCodes).orElse(Set.of());
        return reviews.findByIdAndRegionCodeIn(reviewId, areas).orElseThrow(ReviewNotFoundException::new);
    }
}
