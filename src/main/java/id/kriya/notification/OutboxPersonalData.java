package id.kriya.notification;

import java.time.Instant;
import java.util.List;

import id.kriya.account.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mails Kriya wrote to a person belong in their data download; only when and about what, not the links. */
@Component
class OutboxPersonalData implements PersonalDataContributor {

    private final OutboxMails mails;

    OutboxPersonalData(OutboxMails mails) {
        this.mails = mails;
    }

    @Override
    public String section() {
        return "mails";
    }

    @Override
    @Transactional(readOnly = true)
    public Object personalDataOf(long userId) {
        return mails.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(mail -> new SentMail(mail.toView().createdAt(), mail.recipient(), mail.subject(), mail.status().name()))
                .toList();
    }

    public record SentMail(Instant writtenAt, String to, String subject, String status) {
    }
}
