package id.kriya.media;

import java.util.List;

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

    /** Moves every photo still waiting; returns how many. */
    int moveAll() {
        int moved = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<StoredPrivatePhoto> waiting = photos.lockWithPublicFilesLeft();
                waiting.forEach(this::move);
                return waiting.size();
            });
            if (batch == null || batch == 0) {
                break;
            }
            moved += batch;
        }
        if (moved > 0) {
            log.info("Moved {} private photos out of the public media storage", moved);
        }
        return moved;
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
