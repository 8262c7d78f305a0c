package id.kriya.trust.review;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for what people write in a review, an artisan's answer and a council's reason: a length counted in
 * characters as a person counts them (an emoji is one), and no links, which buyers would follow off Kriya to shops
 * or scams. A link is anything a phone would make clickable: an address with a scheme, {@code www.}, or a name
 * ending in a common top-level domain ({@code tokoku.com}, {@code bit.ly/x}, {@code wa.me/62…}).
 */
final class ReviewText {

    static final int BODY_MIN = 10;
    static final int BODY_MAX = 2_000;
    static final int ANSWER_MIN = 10;
    static final int ANSWER_MAX = 1_000;
    static final int REASON_MIN = 10;
    static final int REASON_MAX = 500;

    private static final Pattern LINK = Pattern.compile(
            "(?iu)(\\b[a-z][a-z0-9+.-]*://|\\bwww\\d?\\.|\\b[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\."
                    + "(com|net|org|id|co|io|me|ly|info|biz|xyz|shop|store|site|online|link|app|click|top|asia|"
                    + "my|sg|au|us|uk|to|gl|gg|tk|ml|ga|cf|ws|cc|tv|page|live|web|one)\\b)");

    private ReviewText() {
    }

    /** The text as kept: stripped, and null when nothing was written. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What is wrong with an optional review text, as a message key; empty when it may be kept. */
    static Optional<String> bodyProblem(String text) {
        String clean = clean(text);
        if (clean == null) {
            return Optional.empty();
        }
        return problem(clean, BODY_MIN, BODY_MAX, "trust.review.text.size");
    }

    static Optional<String> answerProblem(String text) {
        String clean = clean(text);
        return clean == null ? Optional.of("trust.review.answer.size")
                : problem(clean, ANSWER_MIN, ANSWER_MAX, "trust.review.answer.size");
    }

    static Optional<String> reasonProblem(String text) {
        String clean = clean(text);
        return clean == null ? Optional.of("trust.review.reason.size")
                : problem(clean, REASON_MIN, REASON_MAX, "trust.review.reason.size");
    }

    static boolean hasLink(String text) {
        return text != null && LINK.matcher(text).find();
    }

    /** Characters as a reader counts them: code points, not UTF-16 units (as PostgreSQL's char_length). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Optional<String> problem(String clean, int min, int max, String sizeKey) {
        int length = length(clean);
        if (length < min || length > max) {
            return Optional.of(sizeKey);
        }
        if (hasLink(clean)) {
            return Optional.of("trust.review.text.link");
        }
        return Optional.empty();
    }
}
