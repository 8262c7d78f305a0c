package id.kriya.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.kriya.account.AccountManagement;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderPlaced;
import id.kriya.ordering.OrderRefunded;
import id.kriya.ordering.OrderStatusChanged;
import id.kriya.ordering.OrderView;
import id.kriya.shared.Bali;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells buyer and artisan by e-mail what happened to an order: placed (with how and by when to pay), paid,
 * shipped (with the tracking number), arrived, completed, cancelled (with who and why). The buyer's link carries
 * the key of their checkout, so a guest reaches the order from the mail.
 */
@Component
class OrderMails {

    private static final String WHEN = "d MMM yyyy HH:mm";

    private final MailOutbox outbox;
    private final OrderManagement orders;
    private final ArtisanManagement artisans;
    private final AccountManagement accounts;
    private final String baseUrl;

    OrderMails(MailOutbox outbox, OrderManagement orders, ArtisanManagement artisans, AccountManagement accounts,
               @Value("${kriya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.orders = orders;
        this.artisans = artisans;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        orders.find(event.number()).ifPresent(order -> {
            toBuyer(order, "orderPlaced", when(order.expiresAt(), order.buyer().locale()));
            toArtisan(order, "orderReceived");
        });
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        orders.find(event.number()).ifPresent(order -> {
            switch (event.status()) {
                case PAID -> {
                    toBuyer(order, "orderPaid", "");
                    toArtisan(order, "orderPaidArtisan");
                }
                case SHIPPED -> toBuyer(order, order.pickup() ? "orderReady" : "orderShipped",
                        order.trackingNumber() == null ? "" : order.trackingNumber());
                case ARRIVED -> toBuyer(order, "orderArrived", when(order.completesAt(), order.buyer().locale()));
                case COMPLETED -> {
                    toBuyer(order, "orderCompleted", "");
                    toArtisan(order, "orderCompletedArtisan");
                }
                case CANCELLED -> {
                    String reason = order.cancelReason() == null ? "" : order.cancelReason();
                    toBuyer(order, "orderCancelled" + order.cancelledBy().name(), reason);
                    toArtisan(order, "orderCancelledArtisan");
                }
                default -> {
                }
            }
        });
    }

    @ApplicationModuleListener
    void on(OrderRefunded event) {
        orders.find(event.number()).ifPresent(order -> toBuyer(order, "orderRefunded", ""));
    }

    /** A moment in Bali's time, with the month named in the language the mail is written in ("7 Des 2026 18.00"). */
    static String when(Instant instant, Locale reader) {
        return DateTimeFormatter.ofPattern(WHEN, MailOutbox.languageOf(reader)).withZone(Bali.ZONE).format(instant)
                + " WITA";
    }

    /** Arguments: {0} name, {1} order number, {2} artisan, {3} total, {4} link, {5} the event's detail. */
    private void toBuyer(OrderView order, String template, String detail) {
        String artisan = artisans.find(order.businessId()).map(ArtisanProfile::name).orElse("");
        String link = baseUrl + "/orders/" + order.number() + "?key=" + order.checkoutId();
        outbox.write(order.buyerUserId(), order.buyer().email(), order.buyer().locale(), template,
                order.buyer().name(), order.number(), artisan, order.total().formatted(), link, detail);
    }

    /** Arguments: {0} name, {1} order number, {2} buyer, {3} total, {4} link. */
    private void toArtisan(OrderView order, String template) {
        artisans.ownerOf(order.businessId()).flatMap(accounts::find).ifPresent(owner ->
                outbox.write(owner.id(), owner.email(), owner.locale(),
                        template, owner.displayName(), order.number(), order.buyer().name(),
                        order.total().formatted(), baseUrl + "/my/orders/" + order.number()));
    }
}
