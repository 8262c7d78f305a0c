package id.kriya.account.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The page a visitor wanted before they were asked to sign in or sign up ({@code ?continue=/my/business/new}),
 * kept only when it is a path on this site. Anything that a browser could read as another site is dropped:
 * {@code https://evil}, {@code //evil}, {@code /\evil}, the same percent-encoded, and paths with control characters
 * or white space (browsers strip a tab or line break, turning {@code /\t/evil} into {@code //evil}).
 */
final class ContinuePath {

    static final String PARAMETER = "continue";
    static final int MAX_LENGTH = 500;

    private ContinuePath() {
    }

    static Optional<String> safe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(candidate, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!isLocal(candidate) || !isLocal(decoded)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (isSignInOrUp(candidate)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    private static boolean isLocal(String path) {
        if (!path.startsWith("/") || path.startsWith("//") || path.indexOf('\\') >= 0) {
            return false;
        }
        return path.chars().noneMatch(c -> c <= 0x20 || c == 0x7f);
    }

    /** Going back to the sign-in or sign-up page after signing in would be a loop. */
    private static boolean isSignInOrUp(String path) {
        return path.equals("/signin") || path.startsWith("/signin?") || path.equals("/signup")
                || path.startsWith("/signup?") || path.startsWith("/signup/");
    }
}
