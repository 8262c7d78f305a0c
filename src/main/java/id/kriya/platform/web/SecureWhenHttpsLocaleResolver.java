package id.kriya.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;

/**
 * The language cookie, {@code Secure} on a secure request (HTTPS, or a proxy's {@code X-Forwarded-Proto: https}
 * read by the server) and plain on http://localhost, where a secure cookie would never come back. Spring's resolver
 * fixes that flag once for all requests, hence one of each, chosen per request.
 */
class SecureWhenHttpsLocaleResolver extends AbstractLocaleContextResolver {

    private final CookieLocaleResolver plain;
    private final CookieLocaleResolver secure;

    SecureWhenHttpsLocaleResolver(CookieLocaleResolver plain, CookieLocaleResolver secure) {
        this.plain = plain;
        this.secure = secure;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolverFor(request).resolveLocale(request);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return resolverFor(request).resolveLocaleContext(request);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                                 LocaleContext localeContext) {
        resolverFor(request).setLocaleContext(request, response, localeContext);
    }

    private CookieLocaleResolver resolverFor(HttpServletRequest request) {
        return request.isSecure() ? secure : plain;
    }
}
