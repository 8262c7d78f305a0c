package id.kriya.media;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.kriya.media.image.PhotoAnalysis;
import id.kriya.media.storage.PhotoStorage;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A photo's record; the pictures themselves are in {@link PhotoStorage}. Immutable once made. */
@Entity
@Table(name = "media_photo")
class StoredPhoto extends AssignedIdEntity {

    private long ownerUserId;
    private int width;
    private int height;
    private long originalBytes;
    private String sha256;
    private long perceptualHash;
    /** How {@link #perceptualHash} was made ({@link PhotoAnalysis#HASH_VERSION}); older ones are made again. */
    private int hashVersion;
    /** Hint names joined by commas; a handful of fixed words needs no table of its own. */
    private String hints;
    private Instant createdAt;


    protected StoredPhoto() {
    }

    StoredPhoto(PhotoId id, long ownerUserId, int width, int height, long originalBytes, String sha256,
                long perceptualHash, Set<QualityHint> hints, Instant createdAt) {
        super(id.value());
        this.ownerUserId = ownerUserId;
        this.width = width;
        this.height = height;
        this.originalBytes = originalBytes;
        this.sha256 = sha256;
        this.perceptualHash = perceptualHash;
        this.hashVersion = PhotoAnalysis.HASH_VERSION;
        this.hints = hints.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.createdAt = createdAt;
    }

    Photo toPhoto() {
        Set<QualityHint> set = EnumSet.noneOf(QualityHint.class);
        Arrays.stream(hints.split(",")).filter(name -> !name.isEmpty()).map(QualityHint::valueOf).forEach(set::add);
        return new Photo(new PhotoId(getId()), width, height, set, perceptualHash);
    }

    boolean isOwnedBy(long userId) {
        return ownerUserId == userId;
    }

    String sha256() {
        return sha256;
    }

    /** The hash made again, the current way, from a stored rendition. */
    void rehashed(long hash) {
        perceptualHash = hash;
        hashVersion = PhotoAnalysis.HASH_VERSION;
    }

    /** No rendition is left to hash again from: the old hash stays, and the photo is not tried again. */
    void cannotRehash() {
        hashVersion = PhotoAnalysis.HASH_VERSION;
    }

    int hashVersion() {
        return hashVersion;
    }

    long perceptualHash() {
        return perceptualHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    PhotoId photoId() {
        return new PhotoId(getId());
    }
}
