package id.kriya.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import id.kriya.MutableClock;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** Delivery over SMTP: sent once, failures kept with their error and retried later with growing pauses. */
class MailDeliveryTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    final OutboxMails mails = mock(OutboxMails.class);
    final JavaMailSender smtp = mock(JavaMailSender.class);

    @Test
    void sendsAPendingMailAndMarksItSent() {
        OutboxMail mail = pendingMail();
        when(mails.lockDue(any(), anyInt())).thenReturn(List.of(mail));
        when(smtp.createMimeMessage()).thenReturn(new MimeMessage((Session) null));

        assertThat(delivery(smtp).sendDue()).isEqualTo(1);

        assertThat(mail.status()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.nextAttemptAt()).isNull();
    }

    @Test
    void keepsAFailedMailWithItsErrorAndRetriesItLater() {
        OutboxMail mail = pendingMail();
        when(mails.lockDue(any(), anyInt())).thenReturn(List.of(mail));
        when(smtp.createMimeMessage()).thenAnswer(invocation -> new MimeMessage((Session) null));
        doThrow(new MailSendException("Connection refused: smtp.contoh.id:587")).when(smtp).send(any(MimeMessage.class));

        assertThat(delivery(smtp).sendDue()).isZero();

        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).contains("Connection refused");
        assertThat(mail.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        doNothing().when(smtp).send(any(MimeMessage.class));
        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery(smtp).sendDue()).isEqualTo(1);
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.attempts()).isEqualTo(2);
    }

    @Test
    void waitsLongerAfterEachFailureButNeverMoreThanAnHour() {
        OutboxMail mail = pendingMail();
        Instant now = clock.instant();

        mail.markFailed("1", now);
        assertThat(mail.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        mail.markFailed("2", now);
        assertThat(mail.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        mail.markFailed("3", now);
        assertThat(mail.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(4)));
        for (int attempt = 4; attempt <= 40; attempt++) {
            mail.markFailed(String.valueOf(attempt), now);
        }
        assertThat(mail.nextAttemptAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
    }

    @Test
    void withoutSmtpTheMailStaysStoredInTheOutbox() {
        OutboxMail stored = new OutboxMail(1L, "made@contoh.id", Locale.ENGLISH, "passwordReset", "Subject", "Body",
                false, clock.instant());

        assertThat(stored.status()).isEqualTo(OutboxMail.Status.STORED);
        assertThat(delivery(null).sendDue()).isZero();
        assertThatThrownBy(() -> stored.markSent(clock.instant(), "[removed]")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writesIndonesianUnlessThePersonChoseEnglish() {
        assertThat(MailOutbox.languageOf(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(MailOutbox.languageOf(Locale.ROOT)).isEqualTo(MailOutbox.INDONESIAN);
        assertThat(MailOutbox.languageOf(Locale.FRENCH)).isEqualTo(MailOutbox.INDONESIAN);
        assertThat(MailOutbox.languageOf(null)).isEqualTo(MailOutbox.INDONESIAN);
    }

    private OutboxMail pendingMail() {
        return new OutboxMail(1L, "made@contoh.id", Locale.forLanguageTag("id"), "passwordReset", "Subjek", "Isi",
                true, clock.instant());
    }

    @SuppressWarnings("unchecked")
    private MailDelivery delivery(JavaMailSender sender) {
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(sender);
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("mail.linkRemoved", MailOutbox.INDONESIAN, "[tautan dihapus setelah dikirim]");
        return new MailDelivery(mails, provider, clock.withZone(ZoneOffset.UTC), messages, "Kriya <no-reply@kriya.local>");
    }
}
