package id.kriya.notification;

import java.time.Instant;

/** A mail as admins read it in the outbox. */
public record OutboxMailView(long id, String recipient, String language, String template, String subject,
                             String body, String status, int attempts, String lastError, Instant createdAt,
                             Instant sentAt, Instant nextAttemptAt) {
}
