package id.kriya.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a person by e-mail for sign-in; a deleted or password-less account cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(email.trim())
                .filter(UserAccount::canSignIn)
                .map(account -> account.toPrincipal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
