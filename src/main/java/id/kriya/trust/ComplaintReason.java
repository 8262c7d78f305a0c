package id.kriya.trust;

/** What went wrong with an order, as the buyer says when opening a complaint. */
public enum ComplaintReason {
    /** Tidak sesuai foto. */
    NOT_AS_PICTURED(true),
    /** Rusak. */
    DAMAGED(true),
    /** Salah atau kurang barang. */
    WRONG_ITEM(true),
    /** Tidak sampai: also before arrival, once the courier's latest day has passed. */
    NOT_ARRIVED(false);

    private final boolean needsPhoto;

    ComplaintReason(boolean needsPhoto) {
        this.needsPhoto = needsPhoto;
    }

    /** The buyer shows it with at least one photo of what came. */
    public boolean needsPhoto() {
        return needsPhoto;
    }

    public String messageKey() {
        return "complaint.reason." + name();
    }
}
