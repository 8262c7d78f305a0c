package id.kriya.media.storage;

import java.util.Optional;

import id.kriya.media.PrivatePhotoId;

/**
 * Where private photos' bytes live, apart from the public renditions: their own folder by default
 * ({@code kriya.media.private-directory}), their own bucket or key prefix in a cluster, never behind the public CDN
 * or under {@code /media/}. One JPEG per photo, named from its id alone.
 */
public interface PrivatePhotoStorage {

    void put(PrivatePhotoId id, byte[] jpeg);

    Optional<byte[]> get(PrivatePhotoId id);

    /** Removes the photo; nothing happens when there is none. */
    void delete(PrivatePhotoId id);
}
