package id.kriya.artisan.identifiers;

import java.text.Normalizer;
import java.util.Locale;

/** Readable addresses from names: "Tenun Ikat Bu Ayu" becomes {@code tenun-ikat-bu-ayu}. */
public final class Slugs {

    public static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > MAX_LENGTH) {
            plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        // A name of only symbols still needs an address.
        return plain.isEmpty() ? "usaha" : plain;
    }

    /** The n-th candidate when the plain slug is taken: {@code name-2}, {@code name-3}, … */
    public static String numbered(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }
}
