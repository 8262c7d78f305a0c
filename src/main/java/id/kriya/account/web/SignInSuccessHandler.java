package id.kriya.account.web;

import java.io.IOException;
import java.util.Optional;

import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * Where a person lands after signing in: the page they were on their way to (a safe {@code continue} path, or the
 * request Spring saved), otherwise their own home — officers at {@code /officer}, curators at {@code /curator},
 * artisans at {@code /my}, admins at {@code /admin}, buyers on the home page.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final RequestCache requestCache = new HttpSessionRequestCache();

    SignInSuccessHandler() {
        setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        Optional<String> wanted = ContinuePath.safe(request.getParameter(ContinuePath.PARAMETER));
        if (wanted.isEmpty() && requestCache.getRequest(request, response) != null) {
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        requestCache.removeRequest(request, response);
        clearAuthenticationAttributes(request);
        String target = wanted.orElseGet(() -> homeOf(authentication));
        getRedirectStrategy().sendRedirect(request, response, target);
    }

    static String homeOf(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof KriyaUser user)) {
            return "/";
        }
        if (user.has(Role.OFFICER)) {
            return "/officer";
        }
        if (user.has(Role.CURATOR)) {
            return "/curator";
        }
        if (user.has(Role.ARTISAN)) {
            return "/my";
        }
        if (user.has(Role.ADMIN)) {
            return "/admin";
        }
        return "/";
    }
}
