package id.kriya.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what waits in the outbox when an SMTP server is configured ({@code spring.mail.host}). Polling the table,
 * rather than sending from the listener, is what makes a mail survive a crash or a server that is down: the row
 * stays PENDING until a send succeeds. {@link MailPolling} calls {@link #sendDue()} on a schedule, through this
 * bean's transactional proxy: the rows are locked and the outcome of each send saved in one transaction.
 */
@Service
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int BATCH = 20;

    private final OutboxMails mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final MessageSource messages;
    private final String from;

    MailDelivery(OutboxMails mails, ObjectProvider<JavaMailSender> mailSender, Clock clock, MessageSource messages,
                 @Value("${kriya.mail.from}") String from) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.clock = clock;
        this.messages = messages;
        this.from = from;
    }

    /** Whether an SMTP server is configured; without one the outbox is the only mailbox and nothing is sent. */
    boolean isConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * Tries every due mail once; returns how many went out. A sent mail's password links are replaced in the stored
     * text: the mail now lives in the person's inbox, and the outbox (and its backups) must not open their account.
     */
    @Transactional
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<OutboxMail> due = mails.lockDue(now, BATCH);
        int sent = 0;
        for (OutboxMail mail : due) {
            try {
                sender.send(toMessage(sender, mail));
                mail.markSent(clock.instant(), linkRemoved(mail));
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("Mail {} not sent (attempt {}), will retry: {}", mail.id(), mail.attempts() + 1, e.getMessage());
                mail.markFailed(e.getMessage(), clock.instant());
            }
        }
        return sent;
    }

    private String linkRemoved(OutboxMail mail) {
        return messages.getMessage("mail.linkRemoved", null, Locale.forLanguageTag(mail.language()));
    }

    private MimeMessage toMessage(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        return message;
    }
}
