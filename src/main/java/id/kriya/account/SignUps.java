package id.kriya.account;

import java.time.Clock;

import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.account.PasswordLinkIssued.Purpose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up from the web, telling nobody whether an address already has an account. Every sign-up is answered the
 * same way — "we sent a link to your address" — and costs the same work (the password is hashed either way):
 * <ul>
 * <li>a new address gets an account that waits for confirmation, and a link that confirms it and signs the person
 * in ({@link PasswordLinkIssued} with {@link Purpose#CONFIRM_SIGN_UP}); until then the password does not sign in,
 * or trying it would reveal the answer;</li>
 * <li>an address with an account gets a mail to its owner instead ({@link SignUpAttempted}), and nothing changes.</li>
 * </ul>
 */
@Service
@Transactional
public class SignUps {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignUps(UserAccounts accounts, PasswordEncoder passwordEncoder, PasswordLinks links,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs a person up, or warns the owner of the address; the caller answers the same either way.
     *
     * @param continuePath the page to open once the address is confirmed, a path on this site already checked by
     *                     the caller, or null
     * @throws EmailAlreadyUsedException when a concurrent sign-up took the address a moment ago (the database's
     *         unique index decided); the caller answers as always
     */
    public void signUp(NewAccount request, String continuePath) {
        String hash = passwordEncoder.encode(request.password());
        var existing = accounts.findByEmail(request.email().trim());
        if (existing.isPresent()) {
            UserAccount owner = existing.get();
            if (!owner.isDeleted()) {
                events.publishEvent(new SignUpAttempted(owner.id(), owner.email(), owner.displayName(), owner.locale()));
            }
            return;
        }
        UserAccount account = new UserAccount(request.email(), request.displayName(), request.locale(), clock.instant());
        account.changePassword(hash);
        account.consentTo(AccountManagement.PRIVACY_VERSION, clock.instant());
        account.grant(Role.BUYER);
        account.awaitConfirmation();
        try {
            accounts.saveAndFlush(account);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new EmailAlreadyUsedException(request.email());
        }
        links.issue(account, Purpose.CONFIRM_SIGN_UP, continuePath);
    }

    /**
     * Opens the account of a sign-up confirmation link; returns whom to sign in.
     *
     * @throws InvalidPasswordLinkException when the link is unknown, used, expired or for something else
     */
    public long confirm(String token) {
        return links.confirmSignUp(token);
    }
}
