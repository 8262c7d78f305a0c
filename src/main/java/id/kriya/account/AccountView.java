package id.kriya.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/** What other modules may know of an account. */
@NamedInterface("api")
public record AccountView(long id, String email, String displayName, Locale locale, Set<Role> roles,
                          Instant createdAt, Instant consentedAt, String privacyVersion) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
