package id.kriya.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a person into the current session without a password: right after sign-up, or again after their roles
 * changed (registering a business makes a buyer an artisan) so that the new role works without signing out.
 */
@Component
@NamedInterface("api")
public class SessionSignIn {

    private final UserAccounts accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public void signIn(long userId, HttpServletRequest request, HttpServletResponse response) {
        KriyaUser user = accounts.findById(userId)
                .filter(UserAccount::canSignIn)
                .orElseThrow(() -> new IllegalArgumentException("No account " + userId))
                .toPrincipal();
        user.eraseCredentials();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
