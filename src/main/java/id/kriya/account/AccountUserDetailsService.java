package id.kriya.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a person by e-mail for sign-in; a deleted or password-less account cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(email.trim())
                .filter(UserAccount::canSignIn)
                .map(account -> account.toPrincipal())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
