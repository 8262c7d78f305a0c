package id.kriya.media;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * The renditions made of every photo, by their longest side, smallest first; a smaller original is never enlarged.
 * The steps let a page's {@code srcset} offer a phone what it shows: a 360-px screen at twice its density takes the
 * 400 for a card in two columns and the 800 for a product's main photo, never the 1600. SMALL and MEDIUM came later
 * than the others: photos stored before them get theirs on first request (see {@link MediaLibrary#rendition}).
 */
@NamedInterface("api")
public enum PhotoSize {

    THUMB("thumb", 200),
    SMALL("small", 400),
    CARD("card", 600),
    MEDIUM("medium", 800),
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
