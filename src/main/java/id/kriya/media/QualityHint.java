package id.kriya.media;

/** What may make a buyer doubt a photo; each comes with a short tip from the bundle. */
public enum QualityHint {

    TOO_SMALL,
    TOO_DARK,
    OVEREXPOSED,
    BLURRY;

    /** What is wrong, in the visitor's language via the bundle {@code i18n/media_*.properties}. */
    public String messageKey() {
        return "media.hint." + name();
    }

    /** How to take a better one. */
    public String tipKey() {
        return "media.tip." + name();
    }
}
