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
                    flash.put("signInError", wait.compareTo(Duration.ofMinutes(1)) > 0 ? "signin.locked" : "signin.slowed");
                    flash.put("waitSeconds", wait.toSeconds() + 1);
                    flash.put("waitMinutes", wait.toMinutes() + 1);
                },
                () -> flash.put("signInError", "signin.failed"));
        flash.setTargetRequestPath(request.getContextPath() + "/signin");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/signin");
    }
}
