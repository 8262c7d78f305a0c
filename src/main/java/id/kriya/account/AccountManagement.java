package id.kriya.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's public face: other modules create, find and empower people through it. */
@Service
@Transactional
public class AccountManagement {

    /** The version of the privacy notice people consent to at sign-up (UU 27/2022 on personal data). */
    public static final String PRIVACY_VERSION = "2026-11";

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountManagement(UserAccounts accounts, PasswordEncoder passwordEncoder, Clock clock,
                      ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** Creates a buyer's account, with the consent given on the sign-up form. */
    public AccountView register(NewAccount request) {
        if (accounts.existsByEmail(request.email().trim())) {
            throw new EmailAlreadyUsedException(request.email());
        }
        UserAccount account = new UserAccount(request.email(), request.displayName(), request.locale(), clock.instant());
        account.changePassword(passwordEncoder.encode(request.password()));
        account.consentTo(PRIVACY_VERSION, clock.instant());
        account.grant(Role.BUYER);
        return accounts.save(account).toView();
    }

    /**
     * The account for this e-mail address, created without a password when there is none yet; the new person is
     * then sent a link to choose one ({@link AccountInvited}).
     */
    public long invite(String email, String displayName, Locale locale) {
        return accounts.findByEmail(email.trim())
                .filter(account -> !account.isDeleted())
                .map(UserAccount::id)
                .orElseGet(() -> {
                    UserAccount account = accounts.save(new UserAccount(email, displayName, locale, clock.instant()));
                    events.publishEvent(new AccountInvited(account.id(), account.email(), account.displayName(), locale));
                    return account.id();
                });
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(long userId) {
        return accounts.findById(userId).filter(account -> !account.isDeleted()).map(UserAccount::toView);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(email.trim()).filter(account -> !account.isDeleted()).map(UserAccount::toView);
    }

    @Transactional(readOnly = true)
    public boolean isEmailTaken(String email) {
        return accounts.existsByEmail(email.trim());
    }

    public void grant(long userId, Role role) {
        load(userId).grant(role);
    }

    public void revoke(long userId, Role role) {
        load(userId).revoke(role);
    }

    UserAccount load(long userId) {
        return accounts.findById(userId)
                .filter(account -> !account.isDeleted())
                .orElseThrow(() -> new IllegalArgumentException("No account " + userId));
    }

    /** What a sign-up form gives. */
    public record NewAccount(String email, String displayName, String password, Locale locale) {
    }
}
