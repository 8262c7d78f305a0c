package id.kriya.notification;

import id.kriya.account.AccountManagement;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanRejected;
import id.kriya.artisan.ArtisanVerified;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells an artisan by e-mail what their council decided about their business. */
@Component
class ArtisanMails {

    private final MailOutbox outbox;
    private final ArtisanManagement artisans;
    private final AccountManagement accounts;
    private final String baseUrl;

    ArtisanMails(MailOutbox outbox, ArtisanManagement artisans, AccountManagement accounts,
                 @Value("${kriya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.artisans = artisans;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ArtisanVerified event) {
        tellOwner(event.businessId(), "artisanVerified", null);
    }

    @ApplicationModuleListener
    void on(ArtisanRejected event) {
        tellOwner(event.businessId(), "artisanRejected", event.reason());
    }

    private void tellOwner(long businessId, String template, String reason) {
        artisans.find(businessId).ifPresent(business -> artisans.ownerOf(businessId)
                .flatMap(accounts::find)
                .ifPresent(owner -> outbox.write(owner.id(), owner.email(), owner.locale(), template,
                        owner.displayName(), business.name(), baseUrl + "/my/business", reason == null ? "" : reason)));
    }
}
