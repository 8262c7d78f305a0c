package id.kriya.notification;

import id.kriya.curation.ApplicationDecided;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells an IKM's owner by e-mail how the curation of their application ended: selected, waitlisted or not. */
@Component
class CurationMails {

    private final BusinessOwnerMail owners;
    private final String baseUrl;

    CurationMails(BusinessOwnerMail owners, @Value("${kriya.base-url}") String baseUrl) {
        this.owners = owners;
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
        owners.send(event.businessId(), template, event.callTitle(), event.stageTitle(),
                baseUrl + "/my/applications/" + event.callId());
    }
}
