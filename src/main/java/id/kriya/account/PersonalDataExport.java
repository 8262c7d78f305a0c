package id.kriya.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Kriya holds about one person, for them to download (UU 27/2022, right of access): the account and
 * whatever the other modules contribute through {@link PersonalDataContributor}.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataExport {

    private final UserAccounts accounts;
    private final ObjectProvider<PersonalDataContributor> contributors;
    private final Clock clock;

    PersonalDataExport(UserAccounts accounts, ObjectProvider<PersonalDataContributor> contributors, Clock clock) {
        this.accounts = accounts;
        this.contributors = contributors;
        this.clock = clock;
    }

    /** Section name to content, the account first; ready to be written as JSON. */
    public Map<String, Object> of(long userId) {
        UserAccount account = accounts.findById(userId)
                .filter(candidate -> !candidate.isDeleted())
                .orElseThrow(() -> new IllegalArgumentException("No account " + userId));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant());
        AccountView view = account.toView();
        export.put("account", new AccountData(view.email(), view.displayName(), view.locale().toLanguageTag(),
                view.roles(), view.createdAt(), view.consentedAt(), view.privacyVersion()));
        // A provider rather than a list: the account module alone (as in a module test) has no contributor at all.
        contributors.orderedStream().forEach(contributor -> {
            Object data = contributor.personalDataOf(userId);
            if (data != null) {
                export.put(contributor.section(), data);
            }
        });
        return export;
    }

    /** The account as the person sees it: no password hash, no internal counters. */
    public record AccountData(String email, String displayName, String language, Set<Role> roles, Instant createdAt,
                       Instant consentedAt, String privacyVersion) {
    }
}
