package id.kriya.media.storage;

import java.util.Optional;

import id.kriya.media.PhotoId;
import id.kriya.media.PhotoSize;

/**
 * Where the renditions' bytes live, by photo id and size. The default keeps them in a folder
 * ({@code kriya.media.directory}); in a cluster an S3-compatible bucket behind a CDN would implement the same three
 * operations. Implementations name what they store from the id and the size only, never from anything a user typed.
 */
public interface PhotoStorage {

    void put(PhotoId id, PhotoSize size, byte[] jpeg);

    Optional<byte[]> get(PhotoId id, PhotoSize size);

    /** Removes the rendition; nothing happens when there is none. */
    void delete(PhotoId id, PhotoSize size);
}
