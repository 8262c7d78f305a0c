package id.kriya.notification;

import id.kriya.account.AccountDeleted;
import id.kriya.account.PasswordLinkIssued;
import id.kriya.account.SignUpAttempted;
import org.springframework.beans.factory.annotation.Value;
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
    private final String baseUrl;

    AccountMails(MailOutbox outbox, OutboxMails mails, @Value("${kriya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.mails = mails;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(PasswordLinkIssued event) {
        String template = switch (event.purpose()) {
            case RESET_PASSWORD -> "passwordReset";
            case SET_PASSWORD -> "passwordSet";
            case CONFIRM_SIGN_UP -> "signUpConfirm";
        };
        outbox.write(event.userId(), event.email(), event.locale(), template, event.displayName(), event.link());
    }

    /** The owner of an address someone tried to sign up with hears of it; the sign-up page said nothing. */
    @ApplicationModuleListener
    void on(SignUpAttempted event) {
        outbox.write(event.userId(), event.email(), event.locale(), "signUpExisting", event.displayName(),
                baseUrl + "/signin", baseUrl + "/password/forgot");
    }

    /** What was written to a person who deleted their account is personal data too. */
    @ApplicationModuleListener
    void on(AccountDeleted event) {
        mails.findByUserId(event.userId()).forEach(OutboxMail::erase);
    }
}
