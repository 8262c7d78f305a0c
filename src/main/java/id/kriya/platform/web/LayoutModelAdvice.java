package id.kriya.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout needs on every page: links to this same page in the other language. */
@ControllerAdvice
class LayoutModelAdvice {

    static final String LANGUAGE_LINKS = "languageLinks";

    @ModelAttribute(LANGUAGE_LINKS)
    LanguageLinks languageLinks(HttpServletRequest request) {
        return linksFor(request);
    }

    /** Also for the pages of exception handlers, which this advice's model attributes do not reach. */
    static LanguageLinks linksFor(HttpServletRequest request) {
        return new LanguageLinks(samePageIn(request, "id"), samePageIn(request, "en"));
    }

    private static String samePageIn(HttpServletRequest request, String lang) {
        try {
            URI uri = ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("lang", lang)
                    .build(true)
                    .toUri();
            return uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformedAddress) {
            // A hand-typed address with a broken %-escape: the same page without its query still works.
            return "?lang=" + lang;
        }
    }

    record LanguageLinks(String indonesian, String english) {
    }
}
