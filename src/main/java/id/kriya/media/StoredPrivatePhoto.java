package id.kriya.media;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A private photo's record; the picture is in {@link PrivatePhotoStorage}. {@code publicFilesLeft} marks a photo
 * uploaded before private photos existed, whose renditions still wait in the public storage to be moved.
 */
@Entity
@Table(name = "media_private_photo")
class StoredPrivatePhoto implements Persistable<UUID> {

    @Id
    private UUID id;
    private long ownerUserId;
    private int width;
    private int height;
    private long originalBytes;
    private String sha256;
    private Instant createdAt;
    private boolean publicFilesLeft;

    @Transient
    private boolean fresh;

    protected StoredPrivatePhoto() {
    }

    StoredPrivatePhoto(PrivatePhotoId id, long ownerUserId, int width, int height, long originalBytes, String sha256,
                       Instant createdAt) {
        this.id = id.value();
        this.ownerUserId = ownerUserId;
        this.width = width;
        this.height = height;
        this.originalBytes = originalBytes;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.fresh = true;
    }

    PrivatePhotoId photoId() {
        return new PrivatePhotoId(id);
    }

    boolean isOwnedBy(long userId) {
        return ownerUserId == userId;
    }

    boolean hasPublicFilesLeft() {
        return publicFilesLeft;
    }

    void publicFilesMoved() {
        publicFilesLeft = false;
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
