package id.kriya.account.web;

import java.io.IOException;

import id.kriya.account.signin.SignInAttempts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in that must still wait before its password is even checked, for an address with an account or
 * without one alike, and without counting it: the form comes back saying how long to wait. Sits just before the
 * form sign-in in the security chain (not registered on its own with the servlet container).
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final RequestMatcher signIn = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/signin");
    private final SignInAttempts attempts;
    private final AuthenticationFailureHandler failureHandler;

    SignInThrottleFilter(SignInAttempts attempts, AuthenticationFailureHandler failureHandler) {
        this.attempts = attempts;
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (attempts.waitFor(SignInFailureHandler.emailOf(request), request.getRemoteAddr()).isPresent()) {
            failureHandler.onAuthenticationFailure(request, response, new MustWaitException());
            return;
        }
        chain.doFilter(request, response);
    }

    /** A sign-in refused unheard because its address or its client must still wait. */
    static final class MustWaitException extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        MustWaitException() {
            super("Sign-in must wait");
        }
    }
}
