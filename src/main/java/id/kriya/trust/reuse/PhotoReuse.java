package id.kriya.trust.reuse;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A photo one business put on a product that looks the same as an earlier photo of another business, waiting for an
 * officer of the uploader's area. It is decided once: fine, or the product hidden with a reason; a product hidden
 * for it may be put back, which makes the case fine after all. Nothing happens to the product by itself.
 */
@Entity
@Table(name = "trust_photo_reuse")
class PhotoReuse {

    static final int NOTE_MAX = 500;
    static final int REASON_MIN = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID photoId;
    private long productId;
    private long businessId;
    private String regionCode;
    private UUID otherPhotoId;
    private long otherProductId;
    private long otherBusinessId;
    private Instant otherFirstAt;
    private int distance;
    private Instant foundAt;

    @Enumerated(EnumType.STRING)
    private PhotoReuseStatus status;

    private Long decidedBy;
    private Instant decidedAt;
    private String note;

    @Version
    private long version;

    protected PhotoReuse() {
    }

    /** {@code uploaded}'s time is not kept: the photo was added just now, when it is found. */
    PhotoReuse(Sighting uploaded, Sighting other, int distance, Instant now) {
        if (uploaded.businessId() == other.businessId()) {
            throw new IllegalArgumentException("A business may use its own photo twice");
        }
        this.photoId = uploaded.photoId();
        this.productId = uploaded.productId();
        this.businessId = uploaded.businessId();
        this.regionCode = uploaded.regionCode();
        this.otherPhotoId = other.photoId();
        this.otherProductId = other.productId();
        this.otherBusinessId = other.businessId();
        this.otherFirstAt = other.at();
        this.distance = distance;
        this.foundAt = now;
        this.status = PhotoReuseStatus.OPEN;
    }

    /** A photo on a product of a business, and when it was uploaded (for the photo just added: when it was added). */
    record Sighting(UUID photoId, long productId, long businessId, String regionCode, Instant at) {
    }

    /** Fine as it is; the note, if any, says why, for the next officer who reads it. */
    void clear(long officerId, String note, Instant now) {
        requireOpen();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw new ReuseRuleException("note", "trust.reuse.note.size");
        }
        decide(PhotoReuseStatus.CLEARED, officerId, text, now);
    }

    /** The product was hidden for it, with this reason (the catalog has checked it and shows it to the artisan). */
    void productHidden(long officerId, String reason, Instant now) {
        requireOpen();
        if (reason == null || reason.strip().length() < REASON_MIN || reason.strip().length() > NOTE_MAX) {
            throw new ReuseRuleException("reason", "trust.reuse.reason.size");
        }
        decide(PhotoReuseStatus.PRODUCT_HIDDEN, officerId, reason.strip(), now);
    }

    /** The officer put the hidden product back: the photo was fine after all. */
    void productRestored(long officerId, Instant now) {
        if (status != PhotoReuseStatus.PRODUCT_HIDDEN) {
            throw new ReuseRuleException(null, "trust.reuse.rule.notHidden");
        }
        decide(PhotoReuseStatus.CLEARED, officerId, note, now);
    }

    private void requireOpen() {
        if (status != PhotoReuseStatus.OPEN) {
            throw new ReuseRuleException(null, "trust.reuse.rule.decided");
        }
    }

    private void decide(PhotoReuseStatus decided, long officerId, String text, Instant now) {
        status = decided;
        decidedBy = officerId;
        decidedAt = now;
        note = text;
    }

    Long id() {
        return id;
    }

    long productId() {
        return productId;
    }

    PhotoReuseStatus status() {
        return status;
    }

    UUID photoId() {
        return photoId;
    }

    UUID otherPhotoId() {
        return otherPhotoId;
    }

    long businessId() {
        return businessId;
    }

    long otherBusinessId() {
        return otherBusinessId;
    }

    long otherProductId() {
        return otherProductId;
    }

    String regionCode() {
        return regionCode;
    }

    Instant otherFirstAt() {
        return otherFirstAt;
    }

    int distance() {
        return distance;
    }

    Instant foundAt() {
        return foundAt;
    }

    Long decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String note() {
        return note;
    }
}
