package id.kriya.notification;

import java.util.stream.Collectors;

import id.kriya.account.AccountManagement;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderStatusChanged;
import id.kriya.trust.ReviewAnswered;
import id.kriya.trust.ReviewHidden;
import id.kriya.trust.ReviewPosted;
import id.kriya.trust.review.ReviewQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about reviews: the buyer of a completed order is asked to review its pieces (with the link that reaches
 * them, a guest's checkout key included, and until when); the artisan hears of a new review; the author hears of
 * the artisan's answer, and of the council hiding their review, with its reason.
 */
@Component
class ReviewMails {

    private final MailOutbox outbox;
    private final OrderManagement orders;
    private final ReviewQueries reviews;
    private final ProductCatalog catalog;
    private final ArtisanManagement artisans;
    private final AccountManagement accounts;
    private final String baseUrl;

    ReviewMails(MailOutbox outbox, OrderManagement orders, ReviewQueries reviews, ProductCatalog catalog,
                ArtisanManagement artisans, AccountManagement accounts, @Value("${kriya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.orders = orders;
        this.reviews = reviews;
        this.catalog = catalog;
        this.artisans = artisans;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** Arguments: {0} name, {1} order number, {2} artisan, {3} the pieces, {4} link, {5} until when. */
    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        if (event.status() != OrderStatus.COMPLETED) {
            return;
        }
        orders.find(event.number()).ifPresent(order -> reviews.openUntil(order.number()).ifPresent(until -> {
            String pieces = order.lines().stream().map(line -> "- " + line.title()).collect(Collectors.joining("\n"));
            outbox.write(order.buyerUserId(), order.buyer().email(), order.buyer().locale(), "reviewRequest",
                    order.buyer().name(), order.number(), artisanName(order.businessId()), pieces,
                    baseUrl + "/orders/" + order.number() + "/reviews?key=" + order.checkoutId(),
                    OrderMails.when(until, order.buyer().locale()));
        }));
    }

    /** Arguments: {0} name, {1} product, {2}–{4} the scores, {5} link. */
    @ApplicationModuleListener
    void on(ReviewPosted event) {
        artisans.ownerOf(event.businessId()).flatMap(accounts::find).ifPresent(owner ->
                outbox.write(owner.id(), owner.email(), owner.locale(), "reviewPosted", owner.displayName(),
                        productTitle(event.productId()), event.asPictured(), event.quality(), event.service(),
                        baseUrl + "/my/reviews/" + event.reviewId()));
    }

    /** Arguments: {0} name, {1} product, {2} artisan, {3} link. */
    @ApplicationModuleListener
    void on(ReviewAnswered event) {
        if (event.authorUserId() == null) {
            return;
        }
        String link = catalog.find(event.productId()).filter(ProductView::isPublic)
                .map(product -> baseUrl + "/products/" + product.slug() + "/reviews").orElse(baseUrl + "/orders");
        accounts.find(event.authorUserId()).ifPresent(author -> outbox.write(author.id(), author.email(),
                author.locale(), "reviewAnswered", author.displayName(), productTitle(event.productId()),
                artisanName(event.businessId()), link));
    }

    /** Arguments: {0} name, {1} product, {2} reason, {3} link. */
    @ApplicationModuleListener
    void on(ReviewHidden event) {
        if (event.authorUserId() == null) {
            return;
        }
        accounts.find(event.authorUserId()).ifPresent(author -> outbox.write(author.id(), author.email(),
                author.locale(), "reviewHidden", author.displayName(), productTitle(event.productId()),
                event.reason(), baseUrl + "/orders/" + event.orderNumber() + "/reviews"));
    }

    private String productTitle(long productId) {
        return catalog.find(productId).map(ProductView::title).orElse("");
    }

    private String artisanName(long businessId) {
        return artisans.find(businessId).map(ArtisanProfile::name).orElse("");
    }
}
