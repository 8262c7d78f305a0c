package id.kriya.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's public face: other modules create, find and empower people through it. */
@Service
@Transactional
@NamedInterface("api")
public class AccountManagement {

    /** The version of the privacy notice people consent to at sign-up (UU 27/2022 on personal data). */
    public static final String PRIVACY_VERSION = "2026-11";

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Sessions sessions;

    AccountManagement(UserAccounts accounts, PasswordEncoder passwordEncoder, Clock clock,
                      ApplicationEventPublisher events, Sessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
        this.sessions = sessions;
    }

    /**
     * Creates a buyer's account, with the consent given on the sign-up form.
     *
     * @throws EmailAlreadyUsedException when the address has an account, also one created a moment ago by a
     *         concurrent sign-up (the database's unique index decides, flushed here)
     */
    public AccountView register(NewAccount request) {
        if (accounts.existsByEmail(request.email().trim())) {
            throw new EmailAlreadyUsedException(request.email());
        }
        UserAccount account = new UserAccount(request.email(), request.displayName(), request.locale(), clock.instant());
        account.changePassword(passwordEncoder.encode(request.password()));
        account.consentTo(PRIVACY_VERSION, clock.instant());
        account.grant(Role.BUYER);
        try {
            return accounts.saveAndFlush(account).toView();
        } catch (DataIntegrityViolationException e) {
            throw new EmailAlreadyUsedException(request.email());
        }
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

    /** The live accounts among these ids, in one query (for lists that show many people); deleted ones are left out. */
    @Transactional(readOnly = true)
    public List<AccountView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return accounts.findLiveWithRoles(Set.copyOf(ids)).stream().map(UserAccount::toView).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(email.trim()).filter(account -> !account.isDeleted()).map(UserAccount::toView);
    }

    @Transactional(readOnly = true)
    public boolean isEmailTaken(String email) {
        return accounts.existsByEmail(email.trim());
    }

    /** Live accounts whose e-mail or name contains the text, newest first; all of them when the text is blank. */
    @Transactional(readOnly = true)
    public Page<AccountView> search(String text, Pageable pageable) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return accounts.search(needle, pageable).map(UserAccount::toView);
    }

    public void grant(long userId, Role role) {
        load(userId).grant(role);
    }

    /**
     * Takes a role away; the last admin keeps theirs, so that someone can always run the platform. Every session of
     * the person ends: a signed-in session carries its roles, and must not keep the one taken away.
     */
    public void revoke(long userId, Role role) {
        UserAccount account = load(userId);
        if (!account.has(role)) {
            return;
        }
        if (role == Role.ADMIN && isLastAdmin()) {
            throw new LastAdminException("The last admin keeps the admin role");
        }
        account.revoke(role);
        sessions.endAllOf(account.email(), null);
    }

    /** An admin changing someone's roles: they may not drop their own admin role (nobody would notice the lock-out). */
    public void revokeBy(long actingUserId, long userId, Role role) {
        if (actingUserId == userId && role == Role.ADMIN) {
            throw new LastAdminException("An admin cannot revoke their own admin role");
        }
        revoke(userId, role);
    }

    /**
     * Changes the password after checking the current one; nothing changes when it is wrong. The person's other
     * sessions end (whoever knew the old password is signed out); the one making the change, if given, stays.
     */
    public void changePassword(long userId, String currentPassword, String newPassword, String currentSessionId) {
        UserAccount account = load(userId);
        checkPassword(account, currentPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
        sessions.endAllOf(account.email(), currentSessionId);
    }

    /**
     * Deletes a person's account on their own request (UU 27/2022): confirmed with the password, the row is
     * anonymised rather than removed so that orders and reviews pointing at it stay whole, every session of the
     * person ends, and {@link AccountDeleted} tells the other modules to erase what they hold.
     */
    public void delete(long userId, String password) {
        UserAccount account = load(userId);
        checkPassword(account, password);
        if (account.has(Role.ADMIN) && isLastAdmin()) {
            throw new LastAdminException("The last admin cannot delete their account");
        }
        String email = account.email();
        account.erase(clock.instant());
        events.publishEvent(new AccountDeleted(userId));
        sessions.endAllOf(email, null);
    }

    /**
     * Whether only one admin is left. The admins' rows are locked first, so that two admins taking the role from
     * each other (or deleting their accounts) at the same moment are counted one after the other: the count, a
     * fresh read once the locks are held, sees what the other one committed, and one admin always remains.
     */
    private boolean isLastAdmin() {
        accounts.lockAdmins();
        return accounts.countWithRole(Role.ADMIN) <= 1;
    }

    private void checkPassword(UserAccount account, String password) {
        if (password == null || account.passwordHash() == null
                || !passwordEncoder.matches(password, account.passwordHash())) {
            throw new WrongPasswordException();
        }
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
