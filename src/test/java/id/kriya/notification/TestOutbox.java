package id.kriya.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** Reads the outbox in tests; mails are written after the publishing transaction commits, so it waits a little. */
public final class TestOutbox {

    static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    private final MailOutbox outbox;

    public TestOutbox(ApplicationContext context) {
        this.outbox = context.getBean(MailOutbox.class);
    }

    /** The newest mail to this address, waiting up to ten seconds for it. */
    public OutboxMailView awaitMailTo(String recipient) {
        return awaitMailTo(recipient, 1);
    }

    /** The newest mail once at least {@code count} mails went to this address. */
    public OutboxMailView awaitMailTo(String recipient, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<OutboxMailView> mails = mailsTo(recipient);
            if (mails.size() >= count) {
                return mails.get(0);
            }
            sleep();
        }
        throw new AssertionError("No mail to " + recipient + " in the outbox");
    }

    /** The newest mail of this template to this address, waiting up to ten seconds for it. */
    public OutboxMailView awaitMailTo(String recipient, String template) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<OutboxMailView> mail = mailsTo(recipient).stream()
                    .filter(candidate -> candidate.template().equals(template)).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            sleep();
        }
        throw new AssertionError("No " + template + " mail to " + recipient + " in the outbox");
    }

    public List<OutboxMailView> mailsTo(String recipient) {
        return outbox.newestFirst(PageRequest.of(0, 200)).stream()
                .filter(mail -> mail.recipient().equalsIgnoreCase(recipient))
                .toList();
    }

    public Optional<OutboxMailView> find(long id) {
        return outbox.find(id);
    }

    /** The token of the password link in a mail's text. */
    public static String tokenIn(OutboxMailView mail) {
        Matcher matcher = TOKEN.matcher(mail.body());
        if (!matcher.find()) {
            throw new AssertionError("No link with a token in: " + mail.body());
        }
        return matcher.group(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
