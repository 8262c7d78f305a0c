package id.kriya.media;

import java.util.List;

import id.kriya.media.storage.PhotoStorage;
import id.kriya.media.storage.PrivatePhotoStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Photos that became private after they were uploaded (transfer receipts kept as public photos before Kriya had
 * private ones, moved by a migration) leave the public storage: the largest rendition goes to the private storage,
 * every public rendition is deleted, so their old {@code /media/} addresses answer 404. Runs at start-up, before the
 * server takes requests; several instances starting together each take other rows.
 */
@Component
class PrivatePhotoMigration implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PrivatePhotoMigration.class);

    private final StoredPrivatePhotos photos;
    private final PhotoStorage publicStorage;
    private final PrivatePhotoStorage privateStorage;
    private final TransactionTemplate transactions;

    PrivatePhotoMigration(StoredPrivatePhotos photos, PhotoStorage publicStorage, PrivatePhotoStorage privateStorage,
                          TransactionTemplate transactions) {
        this.photos = photos;
        this.publicStorage = publicStorage;
        this.privateStorage = privateStorage;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        moveAll();
    }

    /**
     * Moves every photo still waiting; returns how many. A photo that cannot be moved (storage unreachable, say) is
     * logged and left for the next start, its public files untouched rather than lost; the others still move.
     */
    int moveAll() {
        int moved = 0;
        while (true) {
            Batch batch = transactions.execute(status -> {
                List<StoredPrivatePhoto> waiting = photos.lockWithPublicFilesLeft();
                int done = 0;
                for (StoredPrivatePhoto photo : waiting) {
                    try {
                        move(photo);
                        done++;
                    } catch (RuntimeException e) {
                        log.error("Could not move private photo {} out of the public media storage; it stays"
                                + " reachable there until a later start moves it", photo.photoId(), e);
                    }
                }
                return new Batch(waiting.size(), done);
            });
            if (batch == null || batch.moved() == 0) {
                break;
            }
            moved += batch.moved();
            if (batch.moved() < batch.taken()) {
                break;
            }
        }
        if (moved > 0) {
            log.info("Moved {} private photos out of the public media storage", moved);
        }
        return moved;
    }

    private record Batch(int taken, int moved) {
    }

    private void move(StoredPrivatePhoto photo) {
        PrivatePhotoId id = photo.photoId();
        PhotoId publicId = new PhotoId(id.value());
        // Copied first, deleted after: a crash in between leaves both, and the next start finishes the move.
        largestPublic(publicId).ifPresent(jpeg -> privateStorage.put(id, jpeg));
        for (PhotoSize size : PhotoSize.values()) {
            publicStorage.delete(publicId, size);
        }
        photo.publicFilesMoved();
    }

    private java.util.Optional<byte[]> largestPublic(PhotoId id) {
        return java.util.Arrays.stream(PhotoSize.values())
                .sorted(java.util.Comparator.comparingInt(PhotoSize::longestSide).reversed())
                .map(size -> publicStorage.get(id, size))
                .flatMap(java.util.Optional::stream)
                .findFirst();
    }
}
