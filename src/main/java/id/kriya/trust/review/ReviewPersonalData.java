package id.kriya.trust.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.kriya.account.AccountDeleted;
import id.kriya.account.PersonalDataContributor;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.media.PhotoSize;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's reviews in their data download, and what becomes of them when they delete their account: each keeps
 * its scores, which a real purchase earned and the product's rating counts, but loses its author, words and photos
 * (the media module deletes the photos themselves).
 */
@Component
class ReviewPersonalData implements PersonalDataContributor {

    private final Reviews reviews;
    private final ProductCatalog catalog;

    ReviewPersonalData(Reviews reviews, ProductCatalog catalog) {
        this.reviews = reviews;
        this.catalog = catalog;
    }

    record WrittenReview(String order, String product, int asPictured, int quality, int service, String text,
                         List<String> photos, Instant writtenAt, Instant editedAt, String answer,
                         String hiddenReason) {
    }

    @Override
    public String section() {
        return "reviews";
    }

    @Override
    @Transactional(readOnly = true)
    public Object personalDataOf(long userId) {
        List<Review> written = reviews.findByAuthorUserIdOrderByIdAsc(userId);
        if (written.isEmpty()) {
            return null;
        }
        return written.stream().map(review -> {
            ReviewView view = review.toView(Duration.ZERO, Instant.EPOCH);
            String product = catalog.find(view.productId()).map(ProductView::title).orElse(null);
            return new WrittenReview(view.orderNumber(), product, view.scores().asPictured(), view.scores().quality(),
                    view.scores().service(), view.body(),
                    view.photoIds().stream().map(photo -> photo.url(PhotoSize.FULL)).toList(),
                    view.createdAt(), view.editedAt(), view.answer(), view.hiddenReason());
        }).toList();
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        reviews.findByAuthorUserIdOrderByIdAsc(deleted.userId()).forEach(Review::anonymise);
    }
}
