package id.kriya.account.web;

import java.io.IOException;
import java.time.Duration;

import id.kriya.account.SignInAttempts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** Sends a failed sign-in back to the form, saying whether the password was wrong or how long to wait. */
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
        String email = request.getParameter("email") == null ? "" : request.getParameter("email");
        FlashMap flash = new FlashMap();
        flash.put("email", email);
        attempts.waitFor(email).ifPresentOrElse(
                wait -> {
                    flash.put("signInError", wait.lockedOut() ? "signin.locked" : "signin.slowed");
                    flash.put("waitSeconds", roundedUp(wait.duration(), Duration.ofSeconds(1)));
                    flash.put("waitMinutes", roundedUp(wait.duration(), Duration.ofMinutes(1)));
                },
                () -> flash.put("signInError", "signin.failed"));
        flash.setTargetRequestPath(request.getContextPath() + "/signin");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/signin");
    }

    /** Whole units, rounded up: someone told "wait 15 seconds" must not be refused again after 15. */
    static long roundedUp(Duration wait, Duration unit) {
        long units = wait.toNanos() / unit.toNanos();
        return wait.toNanos() % unit.toNanos() == 0 ? units : units + 1;
    }
}
