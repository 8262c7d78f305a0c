package id.kriya.platform.web;

import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Switches language on {@code ?lang=id|en}; any other value is ignored rather than remembered. */
class LanguageChangeInterceptor extends LocaleChangeInterceptor {

    static final Set<String> LANGUAGES = Set.of("id", "en");

    LanguageChangeInterceptor() {
        setParamName("lang");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws ServletException {
        String lang = requestedLanguage(request);
        if (lang == null || !LANGUAGES.contains(lang)) {
            return true;
        }
        return super.preHandle(request, response, handler);
    }

    /**
     * The first read of the parameters decodes the whole query; a broken %-escape makes Tomcat throw once and then
     * drop that parameter. Reading it here as "no language asked for" lets the page itself still answer.
     */
    private String requestedLanguage(HttpServletRequest request) {
        try {
            return request.getParameter(getParamName());
        } catch (IllegalStateException undecodable) {
            return null;
        }
    }
}
