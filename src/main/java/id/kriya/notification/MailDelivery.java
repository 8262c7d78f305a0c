package id.kriya.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what waits in the outbox when an SMTP server is configured ({@code spring.mail.host}). Polling the table,
 * rather than sending from the listener, is what makes a mail survive a crash or a server that is down: the row
 * stays PENDING until a send succeeds.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int BATCH = 20;

    private final OutboxMails mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;

    MailDelivery(OutboxMails mails, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                 @Value("${kriya.mail.from}") String from) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${kriya.mail.poll-interval:PT10S}", initialDelayString = "${kriya.mail.poll-interval:PT10S}")
    void sendDueMails() {
        if (mailSender.getIfAvailable() != null) {
            sendDue();
        }
    }

    /** Tries every due mail once; returns how many went out. */
    @Transactional
    int sendDue() {
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
                mail.markSent(clock.instant());
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("Mail {} not sent (attempt {}), will retry: {}", mail.id(), mail.attempts() + 1, e.getMessage());
                mail.markFailed(e.getMessage(), clock.instant());
            }
        }
        return sent;
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
