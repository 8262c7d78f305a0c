package id.kriya;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;

/**
 * Waits until no event publication is being handled: listeners run after their transaction, on other threads, and
 * their queries land in the same Hibernate statistics a test counts. A publication that failed for good is not
 * waited for.
 */
public final class EventPublications {

    private EventPublications() {
    }

    public static void awaitSettled(EntityManagerFactory entityManagerFactory) {
        SessionFactory sessions = entityManagerFactory.unwrap(SessionFactory.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> sessions.fromSession(
                session -> session.createNativeQuery("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND coalesce(status, 'PUBLISHED') NOT IN ('FAILED', 'COMPLETED')", Long.class)
                        .getSingleResult()) == 0);
    }
}
