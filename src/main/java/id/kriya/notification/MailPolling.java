package id.kriya.notification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks the outbox on a schedule. Its own bean, so that the call to {@link MailDelivery#sendDue()} goes through the
 * transactional proxy (a call from inside {@code MailDelivery} would skip it: no row locks, nothing saved).
 */
@Component
class MailPolling {

    private final MailDelivery delivery;

    MailPolling(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${kriya.mail.poll-interval:PT10S}", initialDelayString = "${kriya.mail.poll-interval:PT10S}")
    void sendDueMails() {
        if (delivery.isConfigured()) {
            delivery.sendDue();
        }
    }
}
