package id.kriya.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account in the database (so every instance sees the same count): after a few the
 * person must wait a little longer each time, then the account locks for a quarter of an hour. The row is locked
 * while counting, so that wrong passwords sent at the same moment are all counted. Only accounts that can sign in
 * are counted: an address without one (unknown, or invited and without a password yet) reads the same "wrong e-mail
 * or password" every time and leaves nothing behind.
 */
@Component
public class SignInAttempts {

    private final UserAccounts accounts;
    private final Clock clock;

    SignInAttempts(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.lockByEmail(String.valueOf(event.getAuthentication().getPrincipal()).trim())
                .filter(UserAccount::canSignIn)
                .ifPresent(account -> account.recordFailedSignIn(clock.instant()));
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KriyaUser user) {
            accounts.lockById(user.id()).ifPresent(UserAccount::recordSignIn);
        }
    }

    /** How long this e-mail address must still wait before trying again, if it must. */
    @Transactional(readOnly = true)
    public Optional<Wait> waitFor(String email) {
        Instant now = clock.instant();
        return accounts.findByEmail(email.trim())
                .filter(UserAccount::canSignIn)
                .filter(account -> account.isLockedAt(now))
                .map(account -> new Wait(Duration.between(now, account.lockedUntil()),
                        account.failedSignIns() >= UserAccount.LOCK_AFTER));
    }

    /**
     * A wait before the next try. {@code lockedOut} tells the long lock-out from the short slow-down by the count of
     * failures, not by the length of the wait, which sits right at a minute for the last slow-down.
     */
    public record Wait(Duration duration, boolean lockedOut) {
    }
}
