package id.kriya.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mails into the outbox in the recipient's language, and lets admins read them. Listeners in this module
 * call {@link #write}; a mail's words are {@code mail.<template>.subject} and {@code mail.<template>.body} in the
 * notification bundle, with the listener's arguments filled in.
 */
@Service
@Transactional
public class MailOutbox {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final OutboxMails mails;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    MailOutbox(OutboxMails mails, MessageSource messages, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.mails = mails;
        this.messages = messages;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    /** Stores the mail; it is sent later by {@link MailDelivery} when an SMTP server is configured. */
    void write(Long userId, String recipient, Locale locale, String template, Object... arguments) {
        Locale language = languageOf(locale);
        String subject = messages.getMessage("mail." + template + ".subject", arguments, language);
        String body = messages.getMessage("mail." + template + ".body", arguments, language);
        boolean smtp = mailSender.getIfAvailable() != null;
        mails.save(new OutboxMail(userId, recipient, language, template, subject, body, smtp, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<OutboxMailView> newestFirst(Pageable pageable) {
        return mails.newestFirst(pageable).map(OutboxMail::toView);
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMailView> find(long id) {
        return mails.findById(id).map(OutboxMail::toView);
    }

    /** Kriya writes in Indonesian unless the person chose English. */
    static Locale languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }
}
