package id.kriya.media;

import java.io.InputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import id.kriya.media.storage.PrivatePhotoStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photos only some people may see: transfer receipts now, documents later. Checked and cleaned like any photo
 * (content, size, pixels; re-encoded without metadata), kept at one legible size in storage of their own, and never
 * given an address: the module that owns one decides who may see it and asks here for the bytes. Media itself
 * knows nothing of orders or businesses.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class PrivatePhotos {

    private static final Logger log = LoggerFactory.getLogger(PrivatePhotos.class);

    private final StoredPrivatePhotos photos;
    private final PrivatePhotoStorage storage;
    private final PhotoProcessor processor;
    private final Clock clock;

    PrivatePhotos(StoredPrivatePhotos photos, PrivatePhotoStorage storage, PhotoProcessor processor, Clock clock) {
        this.photos = photos;
        this.storage = storage;
        this.processor = processor;
        this.clock = clock;
    }

    /**
     * Checks, re-encodes and stores a private photo, outside any transaction as {@link MediaLibrary#upload} does.
     *
     * @throws PhotoRejectedException when the upload is not a photo Kriya can keep, with a message for the user
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PrivatePhotoId upload(long ownerUserId, InputStream content) {
        try (Upload upload = Upload.spool(content)) {
            PhotoProcessor.Processed processed = processor.process(upload);
            PrivatePhotoId id = PrivatePhotoId.random();
            storage.put(id, largest(processed.renditions()));
            try {
                photos.save(new StoredPrivatePhoto(id, ownerUserId, processed.width(), processed.height(),
                        upload.bytes(), upload.sha256(), clock.instant()));
            } catch (RuntimeException e) {
                storage.delete(id);
                throw e;
            }
            log.info("Private photo {} ({} bytes, {}) uploaded by user {}", id, upload.bytes(), processed.type(),
                    ownerUserId);
            return id;
        }
    }

    /**
     * Uploads several private photos, then hands their ids to {@code attach} (the caller's transaction); one refused
     * file or a failing attach deletes those already stored, so either all are kept and attached or none.
     *
     * @throws PhotoRejectedException for the first file refused
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<PrivatePhotoId> uploadAll(long ownerUserId, List<? extends PhotoFile> files,
                                          Consumer<List<PrivatePhotoId>> attach) {
        return PhotoBatch.uploadAll(files, (file, content) -> upload(ownerUserId, content), this::discard, attach);
    }

    /** Removes a private photo just uploaded outside any transaction: its record at once, then its file. */
    private void discard(PrivatePhotoId id) {
        photos.deleteById(id.value());
        storage.delete(id);
    }

    /** The JPEG, for a caller that has already decided the person asking may see it. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<byte[]> content(PrivatePhotoId id) {
        return storage.get(id);
    }

    /** Deletes a person's private photo; the file goes once the deletion is committed. */
    @Transactional
    public void delete(PrivatePhotoId id, long userId) {
        photos.findById(id.value()).filter(photo -> photo.isOwnedBy(userId)).ifPresent(photo -> {
            photos.delete(photo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    storage.delete(id);
                }
            });
        });
    }

    /** The most legible rendition: a receipt's figures must be readable, its thumbnails are of no use. */
    private static byte[] largest(Map<PhotoSize, byte[]> renditions) {
        return renditions.entrySet().stream()
                .max(Comparator.comparingInt(entry -> entry.getKey().longestSide()))
                .orElseThrow().getValue();
    }
}
