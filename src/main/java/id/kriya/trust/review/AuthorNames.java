package id.kriya.trust.review;

/**
 * How a review names its author in public: the name they gave, its last word cut to an initial ("Sarah T.",
 * "Ni Luh Ayu S."), so a buyer is recognisable to the artisan who sold to them without being searchable.
 */
final class AuthorNames {

    static final int MAX = 60;

    private AuthorNames() {
    }

    static String shorten(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        String[] words = displayName.strip().split("\\s+");
        if (words.length == 1) {
            return cut(words[0]);
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            name.append(words[i]).append(' ');
        }
        name.appendCodePoint(words[words.length - 1].codePointAt(0)).append('.');
        return cut(name.toString());
    }

    private static String cut(String name) {
        return name.codePointCount(0, name.length()) <= MAX ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX - 1)) + "…";
    }
}
