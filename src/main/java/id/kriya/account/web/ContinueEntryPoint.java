package id.kriya.account.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a visitor who needs to sign in to the sign-in page with the page they wanted as {@code ?continue=}, so that
 * it survives a detour through sign-up (where the session's saved request would not help) and works in any
 * instance without the session.
 */
class ContinueEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        UriComponentsBuilder signIn = UriComponentsBuilder.fromPath(request.getContextPath() + "/signin");
        if ("GET".equals(request.getMethod())) {
            String wanted = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            ContinuePath.safe(wanted).ifPresent(path -> signIn.queryParam(ContinuePath.PARAMETER, path));
        }
        response.sendRedirect(signIn.encode().build().toUriString());
    }
}
