package id.kriya.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable addresses from names and titles, one rule for every module: "Kain Endek Sutra — Motif Cepuk!" becomes
 * {@code kain-endek-sutra-motif-cepuk}. Accents are dropped, letters and digits kept in lower case, everything else
 * becomes one hyphen; a long text is cut short (never ending in a hyphen), and a text with nothing left gets the caller's word instead.
 */
public final class Slug {

    private Slug() {
    }

    public static String of(String text, int maxLength, String fallback) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > maxLength) {
            plain = plain.substring(0, maxLength).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }

    /** The n-th candidate when the plain slug is taken: {@code slug-2}, {@code slug-3}, …; the first is the slug. */
    public static String numbered(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }
}
