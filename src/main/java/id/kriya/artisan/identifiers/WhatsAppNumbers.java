package id.kriya.artisan.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian mobile numbers as people write them (0812…, +62 812…, 62-812…) turned into the one form wa.me and
 * the database keep: {@code +628…}. Landlines and foreign numbers are refused, since a buyer must be able to chat.
 */
public final class WhatsAppNumbers {

    /** What follows the country code: 8, then the operator's digit (never 0), then 7 to 10 more digits. */
    private static final Pattern SUBSCRIBER = Pattern.compile("8[1-9][0-9]{7,10}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");

    private WhatsAppNumbers() {
    }

    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(input.strip()).replaceAll("");
        String subscriber;
        if (digits.startsWith("+62")) {
            subscriber = digits.substring(3);
        } else if (digits.startsWith("62")) {
            subscriber = digits.substring(2);
        } else if (digits.startsWith("0")) {
            subscriber = digits.substring(1);
        } else {
            return Optional.empty();
        }
        return SUBSCRIBER.matcher(subscriber).matches() ? Optional.of("+62" + subscriber) : Optional.empty();
    }
}
