package id.kriya.account.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sign-in form; Spring Security takes the POST. The page the visitor wanted ({@code ?continue=}, or the request
 * Spring saved when a wrong password brought them back here) rides along in the form and in the link to sign up,
 * so that it survives either way in.
 */
@Controller
class SignInController {

    static final String VIEW = "account/signin";

    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    @GetMapping("/signin")
    String signIn(@RequestParam(name = ContinuePath.PARAMETER, required = false) String wanted,
                  HttpServletRequest request, Model model) {
        String path = ContinuePath.safe(wanted).orElseGet(() -> savedPath(request));
        model.addAttribute("continuePath", path);
        return VIEW;
    }

    /** The path of the request Spring saved, without the bare {@code continue} flag Spring adds to it. */
    private String savedPath(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return null;
        }
        SavedRequest saved = requestCache.getRequest(request, null);
        if (saved == null || !"GET".equals(saved.getMethod())) {
            return null;
        }
        UriComponents url = UriComponentsBuilder.fromUriString(saved.getRedirectUrl())
                .replaceQueryParam(ContinuePath.PARAMETER)
                .build();
        String path = url.getPath() == null ? "" : url.getPath().substring(request.getContextPath().length());
        String query = url.getQuery();
        return ContinuePath.safe(query == null || query.isEmpty() ? path : path + "?" + query).orElse(null);
    }
}
