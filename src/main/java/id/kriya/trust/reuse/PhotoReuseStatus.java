package id.kriya.trust.reuse;

/** Where a photo used twice stands; labels come from the bundle as {@code trust.reuse.status.<NAME>}. */
public enum PhotoReuseStatus {
    /** Waiting for an officer of the uploader's area. */
    OPEN,
    /** An officer found it fine: the same cooperative, a shared photographer, the maker's own second shop. */
    CLEARED,
    /** An officer hid the uploader's product, with a reason the artisan reads. */
    PRODUCT_HIDDEN;

    public String messageKey() {
        return "trust.reuse.status." + name();
    }
}
