package id.kriya.trust.review;

import id.kriya.artisan.BusinessRemoved;
import id.kriya.media.MediaLibrary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A business that left the registry takes its products off Kriya, and with them the reviews of those products:
 * nothing shows them any more. The buyers' photos of those reviews are deleted with them.
 */
@Component
class ReviewsOfRemovedBusinesses {

    private final Reviews reviews;
    private final MediaLibrary media;

    ReviewsOfRemovedBusinesses(Reviews reviews, MediaLibrary media) {
        this.reviews = reviews;
        this.media = media;
    }

    @ApplicationModuleListener
    void on(BusinessRemoved removed) {
        for (Review review : reviews.findByBusinessIdOrderByIdAsc(removed.businessId())) {
            if (review.authorUserId() != null) {
                review.photos().forEach(photo -> media.delete(photo, review.authorUserId()));
            }
            reviews.delete(review);
        }
    }
}
