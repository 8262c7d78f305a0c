package id.kriya.trust.review.web;

import id.kriya.account.KriyaUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How the buyer's review pages treat who is asking: signed in, or sent to sign in (or up) and back with the page
 * they wanted, a guest order's checkout key kept in every link and redirect.
 */
final class BuyerAccessRules {

    private BuyerAccessRules() {
    }

    /** A visitor who is not signed in is sent to sign in (or up) and back here, the checkout key kept. */
    static KriyaUser signedIn(KriyaUser me) {
        if (me == null) {
            throw new AccessDeniedException("Reviews are written signed in");
        }
        return me;
    }

    /** A guest's key as links carry it: none rather than an empty one. */
    static String present(String key) {
        return key == null || key.isBlank() ? null : key;
    }

    static String redirectToOrder(String number, String key) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/orders/{number}/reviews");
        if (present(key) != null) {
            url.queryParam("key", key);
        }
        return "redirect:" + url.buildAndExpand(number).encode().toUriString();
    }
}
