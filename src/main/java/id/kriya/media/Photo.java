package id.kriya.media;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

/**
 * A stored photo: its size after orientation, what could be better about it, and its perceptual hash (dHash),
 * whose Hamming distance to another's tells near-duplicates apart (0–10 of 64 bits: most likely the same picture).
 */
@NamedInterface("api")
public record Photo(PhotoId id, int width, int height, Set<QualityHint> hints, long perceptualHash) {

    public Photo {
        // Kept in the enum's order, so a page lists the hints the same way every time.
        EnumSet<QualityHint> ordered = EnumSet.noneOf(QualityHint.class);
        ordered.addAll(hints);
        hints = Collections.unmodifiableSet(ordered);
    }

    /** The immutable address of a rendition, e.g. {@code /media/{id}/card.jpg}. */
    public String url(PhotoSize size) {
        return id.url(size);
    }

    public String thumbUrl() {
        return url(PhotoSize.THUMB);
    }

    public String cardUrl() {
        return url(PhotoSize.CARD);
    }

    public String fullUrl() {
        return url(PhotoSize.FULL);
    }

    /** For the img tag's width, so a page does not jump while photos load on a slow line. */
    public int width(PhotoSize size) {
        return size.scaledWidth(width, height);
    }

    public int height(PhotoSize size) {
        return size.scaledHeight(width, height);
    }

    /**
     * Every rendition for an img tag's {@code srcset}, by its real width in pixels, smallest first; sizes that come
     * out equally wide (a small original is never enlarged) are offered once, by the smallest name.
     */
    public String srcset() {
        Map<Integer, String> byWidth = new LinkedHashMap<>();
        for (PhotoSize size : PhotoSize.values()) {
            byWidth.putIfAbsent(width(size), url(size));
        }
        return byWidth.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey() + "w")
                .collect(Collectors.joining(", "));
    }

    /** The img's {@code src} beside a srcset, for a browser that ignores srcset: the 400, enough for most boxes. */
    public String fallbackUrl() {
        return url(PhotoSize.SMALL);
    }

    /** The fallback's width and height: on an img tag they give its box the photo's shape before any byte arrives. */
    public int fallbackWidth() {
        return width(PhotoSize.SMALL);
    }

    public int fallbackHeight() {
        return height(PhotoSize.SMALL);
    }

    /** Width over height, e.g. 1.5 for a 3 × 2 landscape; a page's {@code sizes} uses it for boxes bound in height. */
    public double aspectRatio() {
        return height == 0 ? 1 : (double) width / height;
    }

    public boolean hasHints() {
        return !hints.isEmpty();
    }

    /** Bits in which the two perceptual hashes differ. */
    public int distanceTo(Photo other) {
        return Long.bitCount(perceptualHash ^ other.perceptualHash);
    }
}
