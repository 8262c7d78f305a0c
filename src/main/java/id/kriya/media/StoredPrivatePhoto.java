package id.kriya.media;

import java.time.Instant;

import id.kriya.media.storage.PrivatePhotoStorage;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A private photo's record; the picture is in {@link PrivatePhotoStorage}. {@code publicFilesLeft} marks a photo
 * uploaded before private photos existed, whose renditions still wait in the public storage to be moved.
 */
@Entity
@Table(name = "media_private_photo")
class StoredPrivatePhoto extends AssignedIdEntity {

    private long ownerUserId;
    private int width;
    private int height;
    private long originalBytes;
    private String sha256;
    private Instant createdAt;
    private boolean publicFilesLeft;


    protected StoredPrivatePhoto() {
    }

    StoredPrivatePhoto(PrivatePhotoId id, long ownerUserId, int width, int height, long originalBytes, String sha256,
                       Instant createdAt) {
        super(id.value());
        this.ownerUserId = ownerUserId;
        this.width = width;
        this.height = height;
        this.originalBytes = originalBytes;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    PrivatePhotoId photoId() {
        return new PrivatePhotoId(getId());
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
}
