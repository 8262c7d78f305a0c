package id.kriya.trust.review;

import java.time.Instant;
import java.util.List;

import id.kriya.catalog.Rating;
import id.kriya.media.PhotoId;

/**
 * A review as pages, mails and other modules read it. {@code authorName} is short ("Sarah T.") and null once its
 * author left Kriya; {@code editableUntil} is set while its author may still change it; {@code awaitingCouncil} when
 * the artisan reported it and no officer decided yet; {@code hiddenReason} when a council hid it.
 */
public record ReviewView(long id, String orderNumber, long productId, long businessId, String authorName,
                         Rating.Scores scores, String body, List<PhotoId> photoIds, Instant createdAt,
                         Instant editedAt, Instant editableUntil, String answer, Instant answeredAt,
                         String reportReason, Instant reportedAt, boolean awaitingCouncil, String hiddenReason,
                         Instant hiddenAt) {

    public ReviewView {
        photoIds = List.copyOf(photoIds);
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isEditable() {
        return editableUntil != null;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean hasPhotos() {
        return !photoIds.isEmpty();
    }
}
