package id.kriya.account.web;

import java.io.IOException;
import java.time.Duration;

import id.kriya.account.signin.SignInAttempts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed sign-in back to the form, saying that the e-mail or password was wrong or how long to wait. An
 * address without an account reads exactly what an address with one reads.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final SignInAttempts attempts;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    SignInFailureHandler(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = emailOf(request);
        FlashMap flash = new FlashMap();
        flash.put("email", email);
        attempts.waitFor(email, request.getRemoteAddr()).ifPresentOrElse(
                wait -> {
                    flash.put("signInError", messageOf(wait));
                    flash.put("waitSeconds", roundedUp(wait.duration(), Duration.ofSeconds(1)));
                    flash.put("waitMinutes", roundedUp(wait.duration(), Duration.ofMinutes(1)));
                },
                () -> flash.put("signInError", "signin.failed"));
        flash.setTargetRequestPath(request.getContextPath() + "/signin");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/signin");
    }

    static String emailOf(HttpServletRequest request) {
        return request.getParameter("email") == null ? "" : request.getParameter("email");
    }

    private static String messageOf(SignInAttempts.Wait wait) {
        if (wait.client()) {
            return "signin.network";
        }
        return wait.lockedOut() ? "signin.locked" : "signin.slowed";
    }

    /** Whole units, rounded up: someone told "wait 15 seconds" must not be refused again after 15. */
    static long roundedUp(Duration wait, Duration unit) {
        long units = wait.toNanos() / unit.toNanos();
        return wait.toNanos() % unit.toNanos() == 0 ? units : units + 1;
    }
}
