package id.kriya.notification;

import id.kriya.account.AccountManagement;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.curation.ApplicationDecided;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells an IKM's owner by e-mail how the curation of their application ended: selected, waitlisted or not. */
@Component
class CurationMails {

    private final MailOutbox outbox;
    private final ArtisanManagement artisans;
    private final AccountManagement accounts;
    private final String baseUrl;

    CurationMails(MailOutbox outbox, ArtisanManagement artisans, AccountManagement accounts,
                  @Value("${kriya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.artisans = artisans;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** Arguments: {0} name, {1} business, {2} call, {3} stage, {4} link. */
    @ApplicationModuleListener
    void on(ApplicationDecided event) {
        String template = switch (event.outcome()) {
            case SELECTED -> "curationSelected";
            case WAITLISTED -> "curationWaitlisted";
            default -> "curationNotSelected";
        };
        artisans.find(event.businessId()).ifPresent(business -> artisans.ownerOf(event.businessId())
                .flatMap(accounts::find)
                .ifPresent(owner -> outbox.write(owner.id(), owner.email(), owner.locale(), template,
                        owner.displayName(), business.name(), event.callTitle(), event.stageTitle(),
                        baseUrl + "/my/applications/" + event.callId())));
    }
}
