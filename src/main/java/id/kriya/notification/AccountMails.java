package id.kriya.notification;

import id.kriya.account.AccountDeleted;
import id.kriya.account.PasswordLinkIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about a person's account. The pattern for every other module: one listener class per module whose events
 * turn into mails, each handler choosing a template of the notification bundle and its arguments.
 */
@Component
class AccountMails {

    private final MailOutbox outbox;
    private final OutboxMails mails;

    AccountMails(MailOutbox outbox, OutboxMails mails) {
        this.outbox = outbox;
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(PasswordLinkIssued event) {
        String template = switch (event.purpose()) {
            case RESET_PASSWORD -> "passwordReset";
            case SET_PASSWORD -> "passwordSet";
        };
        outbox.write(event.userId(), event.email(), event.locale(), template, event.displayName(), event.link());
    }

    /** What was written to a person who deleted their account is personal data too. */
    @ApplicationModuleListener
    void on(AccountDeleted event) {
        mails.findByUserId(event.userId()).forEach(OutboxMail::erase);
    }
}
