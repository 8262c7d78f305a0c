package id.kriya.account;

import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions on every device (sessions live in the database, indexed by the e-mail they signed in
 * with): after the account is deleted, or the password changed, a stolen or forgotten session must stop working.
 */
@Component
class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    /** Ends every session of this e-mail except the one given (the request making the change), if any. */
    void endAllOf(String email, String exceptSessionId) {
        FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return;
        }
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !Objects.equals(id, exceptSessionId))
                .forEach(sessions::deleteById);
    }
}
