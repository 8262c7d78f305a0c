package id.kriya.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.kriya.shared.Slug;

/** Readable product addresses from titles: "Kain Endek Sutra Motif Cepuk" becomes {@code kain-endek-sutra-motif-cepuk}. */
final class ProductSlugs {

    static final int MAX_LENGTH = 70;

    private ProductSlugs() {
    }

    static String of(String title) {
        return Slug.of(title, MAX_LENGTH, "produk");
    }

    /** Whether {@code slug} is {@code base} or one of its numbered forms (base-2, base-3, …). */
    static boolean isOf(String slug, String base) {
        return slug.equals(base) || slug.matches(java.util.regex.Pattern.quote(base) + "-[0-9]+");
    }

    /** The base, or base-2, base-3, … whichever is not among the taken ones. */
    static String free(String base, List<String> taken) {
        Set<String> used = new HashSet<>(taken);
        String candidate = base;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = Slug.numbered(base, n);
        }
        return candidate;
    }
}
