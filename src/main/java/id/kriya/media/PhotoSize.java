package id.kriya.media;

import java.util.Arrays;
import java.util.Optional;

/** The renditions made of every photo, by their longest side; a smaller original is never enlarged. */
public enum PhotoSize {

    THUMB("thumb", 200),
    CARD("card", 600),
    FULL("full", 1600);

    private final String slug;
    private final int longestSide;

    PhotoSize(String slug, int longestSide) {
        this.slug = slug;
        this.longestSide = longestSide;
    }

    /** The name in the URL and in the stored file's name. */
    public String slug() {
        return slug;
    }

    public int longestSide() {
        return longestSide;
    }

    public static Optional<PhotoSize> fromSlug(String slug) {
        return Arrays.stream(values()).filter(size -> size.slug.equals(slug)).findFirst();
    }

    /** The rendition's width for an image of width × height: the rendering and the page's img tags agree. */
    public int scaledWidth(int width, int height) {
        return scale(width, width, height);
    }

    public int scaledHeight(int width, int height) {
        return scale(height, width, height);
    }

    private int scale(int side, int width, int height) {
        int longest = Math.max(width, height);
        if (longest <= longestSide) {
            return side;
        }
        return Math.max(1, (int) Math.round(side * (double) longestSide / longest));
    }
}
