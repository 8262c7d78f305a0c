package id.kriya.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One mail in the outbox. Guards its delivery: sent once, failures counted and retried later, never dropped. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    /** Waits between attempts double from this up to {@link #MAX_RETRY_DELAY}, so a broken server is not hammered. */
    static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);
    static final int MAX_ERROR_LENGTH = 500;
    /** A link carrying a one-time token (password links); other links, such as to a business page, stay. */
    static final Pattern PASSWORD_LINK = Pattern.compile("\\S+[?&]token=[A-Za-z0-9_-]+");

    enum Status {
        /** No SMTP server configured: the outbox is the only place the mail exists. */
        STORED,
        /** Waiting to be sent, or to be retried after a failure. */
        PENDING,
        SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private String recipient;
    private String language;
    private String template;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;
    private Instant createdAt;
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(Long userId, String recipient, Locale locale, String template, String subject, String body,
               boolean willBeSent, Instant now) {
        this.userId = userId;
        this.recipient = recipient;
        this.language = locale.getLanguage();
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.status = willBeSent ? Status.PENDING : Status.STORED;
        this.nextAttemptAt = willBeSent ? now : null;
    }

    /**
     * The mail went out. A password link in it is replaced by {@code linkPlaceholder}: the person has the link in
     * their inbox now, and a link that still works must not sit in the outbox for admins or a database backup.
     */
    void markSent(Instant now, String linkPlaceholder) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not waiting to be sent");
        }
        attempts++;
        status = Status.SENT;
        sentAt = now;
        nextAttemptAt = null;
        body = PASSWORD_LINK.matcher(body).replaceAll(Matcher.quoteReplacement(linkPlaceholder));
    }

    void markFailed(String error, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not waiting to be sent");
        }
        attempts++;
        String message = error == null ? "unknown error" : error;
        lastError = message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
        Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay);
    }

    /** The person deleted their account: their address and what was written to them go (UU 27/2022). */
    void erase() {
        recipient = "deleted-" + userId + "@invalid";
        subject = "—";
        body = "—";
        lastError = null;
        if (status == Status.PENDING) {
            status = Status.STORED;
            nextAttemptAt = null;
        }
    }

    OutboxMailView toView() {
        return new OutboxMailView(id, recipient, language, template, subject, body, status.name(), attempts, lastError,
                createdAt, sentAt, nextAttemptAt);
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String language() {
        return language;
    }

    String body() {
        return body;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String lastError() {
        return lastError;
    }
}
