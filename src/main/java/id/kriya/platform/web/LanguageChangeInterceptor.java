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
        String lang = request.getParameter(getParamName());
        if (lang == null || !LANGUAGES.contains(lang)) {
            return true;
        }
        return super.preHandle(request, response, handler);
    }
}
