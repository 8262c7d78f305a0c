package id.kriya.notification;

import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import id.kriya.MutableClock;
import id.kriya.account.PasswordLinks;
import id.kriya.account.TestAccounts;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Delivery with an SMTP server, in the real application on the real database: a stub server records what is sent.
 * Its own context (the stub must not reach the shared one); the schedule is pushed out so the test polls by hand.
 */
@SpringBootTest(properties = "kriya.mail.poll-interval=PT1H")
@Import({MutableClock.Configuration.class, SmtpDeliveryTests.StubSmtp.class})
class SmtpDeliveryTests {

    @Autowired
    MailPolling polling;

    @Autowired
    PasswordLinks links;

    @Autowired
    StubSmtp.Recording smtp;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    TestAccounts accounts;
    TestOutbox outbox;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        outbox = new TestOutbox(context);
        smtp.refusing.set(false);
    }

    @Test
    void sendsAMailOnceAcrossPollsAndMarksItSent() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email);
        links.requestReset(email);
        assertThat(outbox.awaitMailTo(email).status()).isEqualTo("PENDING");

        polling.sendDueMails();
        polling.sendDueMails();

        assertThat(smtp.sentTo(email)).hasSize(1);
        assertThat(smtp.sentTo(email).get(0).getContent().toString()).contains("/password/reset?token=");
        OutboxMailView stored = outbox.awaitMailTo(email);
        assertThat(stored.status()).isEqualTo("SENT");
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isNotNull();
    }

    @Test
    void removesThePasswordLinkFromTheStoredMailOnceSent() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email);
        links.requestReset(email);
        OutboxMailView pending = outbox.awaitMailTo(email);
        String token = TestOutbox.tokenIn(pending);

        polling.sendDueMails();

        assertThat(smtp.sentTo(email).get(0).getContent().toString()).contains(token);
        OutboxMailView stored = outbox.awaitMailTo(email);
        assertThat(stored.body())
                .doesNotContain(token)
                .doesNotContain("token=")
                .contains("[tautan dihapus setelah dikirim]")
                .contains("Tautan berlaku satu jam");
    }

    @Test
    void keepsAFailedMailPendingAndSendsItOnALaterPoll() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email);
        links.requestReset(email);
        outbox.awaitMailTo(email);

        smtp.refusing.set(true);
        polling.sendDueMails();
        OutboxMailView failed = outbox.awaitMailTo(email);
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("Connection refused");
        assertThat(failed.body()).contains("token=");

        smtp.refusing.set(false);
        polling.sendDueMails();
        assertThat(smtp.sentTo(email)).as("not before the retry is due").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        polling.sendDueMails();
        assertThat(smtp.sentTo(email)).hasSize(1);
        OutboxMailView sent = outbox.awaitMailTo(email);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StubSmtp {

        @Bean
        Recording javaMailSender() {
            return new Recording();
        }

        /** An SMTP server that keeps what it is sent, or refuses while told to. */
        static class Recording extends JavaMailSenderImpl {

            final List<MimeMessage> sent = new CopyOnWriteArrayList<>();
            final AtomicBoolean refusing = new AtomicBoolean();

            @Override
            public MimeMessage createMimeMessage() {
                return new MimeMessage((Session) null);
            }

            @Override
            public void send(MimeMessage... messages) {
                if (refusing.get()) {
                    throw new MailSendException("Connection refused: smtp.contoh.id:587");
                }
                sent.addAll(List.of(messages));
            }

            List<MimeMessage> sentTo(String recipient) throws MessagingException {
                List<MimeMessage> to = new java.util.ArrayList<>();
                for (MimeMessage message : sent) {
                    if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(recipient)) {
                        to.add(message);
                    }
                }
                return to;
            }
        }
    }
}
