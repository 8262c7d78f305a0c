package id.kriya.media;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** A photo's record; the pictures themselves are in {@link PhotoStorage}. Immutable once made. */
@Entity
@Table(name = "media_photo")
class StoredPhoto implements Persistable<UUID> {

    @Id
    private UUID id;
    private long ownerUserId;
    private int width;
    private int height;
    private long originalBytes;
    private String sha256;
    private long perceptualHash;
    /** Hint names joined by commas; a handful of fixed words needs no table of its own. */
    private String hints;
    private Instant createdAt;

    // The id is made here, not by the database; this spares Spring Data a select to tell insert from update.
    @Transient
    private boolean fresh;

    protected StoredPhoto() {
    }

    StoredPhoto(PhotoId id, long ownerUserId, int width, int height, long originalBytes, String sha256,
                long perceptualHash, Set<QualityHint> hints, Instant createdAt) {
        this.id = id.value();
        this.ownerUserId = ownerUserId;
        this.width = width;
        this.height = height;
        this.originalBytes = originalBytes;
        this.sha256 = sha256;
        this.perceptualHash = perceptualHash;
        this.hints = hints.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.createdAt = createdAt;
        this.fresh = true;
    }

    Photo toPhoto() {
        Set<QualityHint> set = EnumSet.noneOf(QualityHint.class);
        Arrays.stream(hints.split(",")).filter(name -> !name.isEmpty()).map(QualityHint::valueOf).forEach(set::add);
        return new Photo(new PhotoId(id), width, height, set, perceptualHash);
    }

    boolean isOwnedBy(long userId) {
        return ownerUserId == userId;
    }

    String sha256() {
        return sha256;
    }

    Instant createdAt() {
        return createdAt;
    }

    PhotoId photoId() {
        return new PhotoId(id);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
