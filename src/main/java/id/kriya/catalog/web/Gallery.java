package id.kriya.catalog.web;

import java.util.Locale;

import id.kriya.media.Photo;

/**
 * The {@code sizes} of a product page's photos, kept in step with the stylesheet: a photo spans the phone's width
 * (edge to edge) or 600 px on a wider screen, but never stands taller than 45 % of the screen, so a tall photo is
 * drawn narrower than its box and needs fewer pixels. Worked out per photo from its shape.
 */
public final class Gallery {

    private Gallery() {
    }

    public static String sizes(Photo photo) {
        String bounded = String.format(Locale.ROOT, "calc(45vh * %.3f)", photo.aspectRatio());
        return "(min-width: 48rem) min(600px, " + bounded + "), min(100vw, " + bounded + ")";
    }
}
