package id.kriya.media;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import id.kriya.media.image.PhotoAnalysis;
import id.kriya.media.storage.PhotoStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hashes again the photos whose perceptual hash an older version made, from their largest stored rendition, so that
 * every photo is compared with the others the same way. A few at a time in the background, in the decoding turns
 * uploads use, each batch in its own transaction with its rows locked and skipped by other instances: half a million
 * old photos take a while, and nothing waits for them. A photo without a rendition keeps its old hash.
 */
@Component
class PhotoHashBackfill {

    static final int BATCH = 50;
    /** Batches per run at most, so that one run does not hold a decoding turn for long. */
    static final int BATCHES_PER_RUN = 20;
    private static final Logger log = LoggerFactory.getLogger(PhotoHashBackfill.class);

    private final StoredPhotos photos;
    private final PhotoStorage storage;
    private final PhotoProcessor processor;
    private final TransactionTemplate transactions;

    PhotoHashBackfill(StoredPhotos photos, PhotoStorage storage, PhotoProcessor processor,
                      TransactionTemplate transactions) {
        this.photos = photos;
        this.storage = storage;
        this.processor = processor;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT45S")
    void run() {
        int total = 0;
        for (int i = 0; i < BATCHES_PER_RUN; i++) {
            int done = rehashBatch();
            total += done;
            if (done < BATCH) {
                break;
            }
        }
        if (total > 0) {
            log.info("Hashed {} older photos again", total);
        }
    }

    /** One batch: returns how many photos it took. */
    int rehashBatch() {
        Integer taken = transactions.execute(status -> {
            List<StoredPhoto> batch = photos.lockHashedBefore(PhotoAnalysis.HASH_VERSION, BATCH);
            for (StoredPhoto photo : batch) {
                Optional<byte[]> largest = largest(photo.photoId());
                if (largest.isEmpty()) {
                    photo.cannotRehash();
                    continue;
                }
                try {
                    photo.rehashed(processor.hashOf(largest.get()));
                } catch (PhotoRejectedException busy) {
                    // Uploads have every decoding turn: this photo and the rest of the batch wait for the next run.
                    return 0;
                } catch (IllegalStateException | UncheckedIOException unreadable) {
                    log.warn("Could not hash photo {} again; it keeps its older hash", photo.photoId(), unreadable);
                    photo.cannotRehash();
                }
            }
            return batch.size();
        });
        return taken == null ? 0 : taken;
    }

    private Optional<byte[]> largest(PhotoId id) {
        for (PhotoSize size : List.of(PhotoSize.FULL, PhotoSize.MEDIUM, PhotoSize.CARD, PhotoSize.SMALL)) {
            Optional<byte[]> found = storage.get(id, size);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
