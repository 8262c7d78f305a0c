package id.kriya.trust.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import id.kriya.catalog.Rating;
import id.kriya.media.PhotoId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * A buyer's review of one line of a completed order: three scores, perhaps a text and photos. It guards its own life:
 * written only while the order is open for reviews, changed once and only soon after, answered once by the
 * artisan, reported by the artisan and hidden (with a reason its author reads) or shown again by a council officer.
 * A hidden review no longer counts in the product's rating. The database repeats what it can (one review per order
 * line, scores from 1 to 5, text lengths, a reason with every hiding).
 */
@Entity
@Table(name = "trust_review")
class Review {

    static final int MAX_PHOTOS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long orderId;
    private String orderNumber;
    private long productId;
    private long businessId;
    private String regionCode;
    // Null once the author deleted their account: the scores stay, anonymous; text and photos go.
    private Long authorUserId;
    private String authorName;
    private int asPictured;
    private int quality;
    private int service;
    private String body;
    private Instant createdAt;
    private Instant editedAt;
    private String answer;
    private Long answeredBy;
    private Instant answeredAt;
    private String reportReason;
    private Long reportedBy;
    private Instant reportedAt;
    private Instant reportClosedAt;
    private String hiddenReason;
    private Long hiddenBy;
    private Instant hiddenAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "trust_review_photo", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    private List<UUID> photos = new ArrayList<>();

    @Version
    private long version;

    protected Review() {
    }

    /**
     * What a buyer writes about a line of their order. {@code openUntil} is when the order's time for reviews ends.
     *
     * @throws ReviewRuleException when that time is over, or the text or photos break the rules
     */
    Review(ReviewedLine line, long authorUserId, String authorName, Rating.Scores scores, String body,
           List<PhotoId> photos, Instant now) {
        require(now.isBefore(line.openUntil()), "trust.review.rule.closed");
        this.orderId = line.orderId();
        this.orderNumber = line.orderNumber();
        this.productId = line.productId();
        this.businessId = line.businessId();
        this.regionCode = line.regionCode();
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.createdAt = now;
        apply(scores, body, photos);
    }

    /**
     * The author changes scores, text or photos: once, within {@code editableFor} of posting, and not while a council
     * keeps it hidden.
     */
    void edit(Rating.Scores scores, String body, List<PhotoId> photos, Duration editableFor, Instant now) {
        require(hiddenAt == null, "trust.review.rule.hidden");
        require(editedAt == null, "trust.review.rule.editedOnce");
        require(!now.isAfter(createdAt.plus(editableFor)), "trust.review.rule.editClosed");
        apply(scores, body, photos);
        editedAt = now;
    }

    /** The artisan's public answer: one, never changed. */
    void answer(long userId, String text, Instant now) {
        require(answer == null, "trust.review.rule.answeredOnce");
        ReviewText.answerProblem(text).ifPresent(Review::refuse);
        answer = ReviewText.clean(text);
        answeredBy = userId;
        answeredAt = now;
    }

    /** The artisan asks the council to look at a review they think breaks the rules; once, and not a hidden one. */
    void report(long userId, String reason, Instant now) {
        require(hiddenAt == null, "trust.review.rule.alreadyHidden");
        require(reportedAt == null, "trust.review.rule.reportedOnce");
        ReviewText.reasonProblem(reason).ifPresent(Review::refuse);
        reportReason = ReviewText.clean(reason);
        reportedBy = userId;
        reportedAt = now;
    }

    /** A council officer takes it off the product's page, saying why; its author still sees it, with the reason. */
    void hide(long officerId, String reason, Instant now) {
        require(hiddenAt == null, "trust.review.rule.alreadyHidden");
        ReviewText.reasonProblem(reason).ifPresent(Review::refuse);
        hiddenReason = ReviewText.clean(reason);
        hiddenBy = officerId;
        hiddenAt = now;
        closeReport(now);
    }

    /** The officer finds a reported review within the rules: it stays, and the report is closed. */
    void keep(Instant now) {
        require(isAwaitingCouncil(), "trust.review.rule.notReported");
        closeReport(now);
    }

    /** A hidden review shown again (hidden by mistake): it counts again. */
    void restore() {
        require(hiddenAt != null, "trust.review.rule.notHidden");
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
    }

    /** The author left Kriya: the review keeps its scores, without their name, words or photos. */
    void anonymise() {
        authorUserId = null;
        authorName = null;
        body = null;
        photos.clear();
    }

    private void closeReport(Instant now) {
        if (reportedAt != null && reportClosedAt == null) {
            reportClosedAt = now;
        }
    }

    private void apply(Rating.Scores scores, String body, List<PhotoId> photos) {
        ReviewText.bodyProblem(body).ifPresent(Review::refuse);
        LinkedHashSet<UUID> distinct = new LinkedHashSet<>();
        photos.forEach(photo -> distinct.add(photo.value()));
        require(distinct.size() <= MAX_PHOTOS, "trust.review.photos.tooMany");
        this.asPictured = scores.asPictured();
        this.quality = scores.quality();
        this.service = scores.service();
        this.body = ReviewText.clean(body);
        this.photos.clear();
        this.photos.addAll(distinct);
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            refuse(messageKey);
        }
    }

    private static void refuse(String messageKey) {
        throw new ReviewRuleException(messageKey);
    }

    /** Counts in the product's rating and shows on its page. */
    boolean counts() {
        return hiddenAt == null;
    }

    boolean isAwaitingCouncil() {
        return reportedAt != null && reportClosedAt == null && hiddenAt == null;
    }

    boolean isBy(long userId) {
        return authorUserId != null && authorUserId == userId;
    }

    Rating.Scores scores() {
        return new Rating.Scores(asPictured, quality, service);
    }

    List<PhotoId> photos() {
        return photos.stream().map(PhotoId::new).toList();
    }

    Long id() {
        return id;
    }

    long productId() {
        return productId;
    }

    long businessId() {
        return businessId;
    }

    String orderNumber() {
        return orderNumber;
    }

    String regionCode() {
        return regionCode;
    }

    Long authorUserId() {
        return authorUserId;
    }

    String hiddenReason() {
        return hiddenReason;
    }

    ReviewView toView(Duration editableFor, Instant now) {
        boolean editable = hiddenAt == null && editedAt == null && authorUserId != null
                && !now.isAfter(createdAt.plus(editableFor));
        return new ReviewView(id == null ? 0 : id, orderNumber, productId, businessId, authorName, scores(), body,
                photos(), createdAt, editedAt, editable ? createdAt.plus(editableFor) : null, answer, answeredAt,
                reportReason, reportedAt, isAwaitingCouncil(), hiddenReason, hiddenAt);
    }
}
