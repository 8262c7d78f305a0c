package id.kriya.notification;

import id.kriya.artisan.ArtisanRejected;
import id.kriya.artisan.ArtisanVerified;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells an artisan by e-mail what their council decided about their business. */
@Component
class ArtisanMails {

    private final BusinessOwnerMail owners;
    private final String baseUrl;

    ArtisanMails(BusinessOwnerMail owners, @Value("${kriya.base-url}") String baseUrl) {
        this.owners = owners;
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
        owners.send(businessId, template, baseUrl + "/my/business", reason == null ? "" : reason);
    }
}
