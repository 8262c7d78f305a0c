package id.kriya.artisan.identifiers;

import id.kriya.shared.Slug;

/** Readable addresses from names: "Tenun Ikat Bu Ayu" becomes {@code tenun-ikat-bu-ayu}. */
public final class Slugs {

    public static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    public static String of(String name) {
        // A name of only symbols still needs an address.
        return Slug.of(name, MAX_LENGTH, "usaha");
    }

    /** The n-th candidate when the plain slug is taken: {@code name-2}, {@code name-3}, … */
    public static String numbered(String slug, int n) {
        return Slug.numbered(slug, n);
    }
}
