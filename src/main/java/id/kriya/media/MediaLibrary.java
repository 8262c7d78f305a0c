package id.kriya.media;

import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.media.storage.PhotoStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photos for the other modules: upload one from a phone, look it up, check who owns it, delete it. Other modules
 * keep the {@link PhotoId} and link to {@link Photo#url(PhotoSize)}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class MediaLibrary {

    /** The largest upload accepted, counted on the bytes received. */
    public static final int MAX_MEGABYTES = 15;
    /** The most pixels accepted, read from the image's header before decoding. */
    public static final int MAX_MEGAPIXELS = 40;
    /** The farthest apart two perceptual hashes may be for {@link #similarTo} to find them. */
    public static final int MAX_SIMILARITY_DISTANCE = HashBands.MAX_DISTANCE;
    static final int MIN_HASH_DETAIL = 4;

    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

    private final StoredPhotos photos;
    private final PhotoStorage storage;
    private final PhotoProcessor processor;
    private final Clock clock;

    MediaLibrary(StoredPhotos photos, PhotoStorage storage, PhotoProcessor processor, Clock clock) {
        this.photos = photos;
        this.storage = storage;
        this.processor = processor;
        this.clock = clock;
    }

    /**
     * Checks, re-encodes and stores a photo. Runs outside any transaction on purpose (a caller's is suspended):
     * decoding takes a second or two and uploads may queue for their turn, and a rolled-back caller leaves at worst
     * an unused photo, never a record without its files.
     *
     * @param originalFilename only for the log: never used for the type, nor for a file name
     * @throws PhotoRejectedException when the upload is not a photo Kriya can keep, with a message for the user
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Photo upload(long ownerUserId, String originalFilename, InputStream content) {
        try (Upload upload = Upload.spool(content)) {
            PhotoProcessor.Processed processed = processor.process(upload);
            PhotoId id = PhotoId.random();
            processed.renditions().forEach((size, jpeg) -> storage.put(id, size, jpeg));
            StoredPhoto stored = new StoredPhoto(id, ownerUserId, processed.width(), processed.height(),
                    upload.bytes(), upload.sha256(), processed.hash(), processed.hints(), clock.instant());
            try {
                photos.save(stored);
            } catch (RuntimeException e) {
                removeFiles(id);
                throw e;
            }
            log.info("Photo {} ({} bytes, {}) uploaded by user {} as '{}'", id, upload.bytes(), processed.type(),
                    ownerUserId, printable(originalFilename));
            return stored.toPhoto();
        }
    }

    /**
     * Uploads several photos, then hands their ids to {@code attach} (the caller's transaction); one refused file
     * or a failing attach deletes those already stored, so either all are kept and attached or none.
     *
     * @throws PhotoRejectedException for the first file refused
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<PhotoId> uploadAll(long ownerUserId, List<? extends PhotoFile> files, Consumer<List<PhotoId>> attach) {
        return PhotoBatch.uploadAll(files, (file, content) -> upload(ownerUserId, file.filename(), content).id(),
                this::discard, attach);
    }

    /** Removes a photo just uploaded outside any transaction: its record at once, then its files. */
    private void discard(PhotoId id) {
        photos.deleteById(id.value());
        removeFiles(id);
    }

    public Optional<Photo> find(PhotoId id) {
        return photos.findById(id.value()).map(StoredPhoto::toPhoto);
    }

    /** Many photos in one query, for a page of products; ids without a photo are left out. */
    public Map<PhotoId, Photo> findAll(Collection<PhotoId> ids) {
        return photos.findAllById(ids.stream().map(PhotoId::value).toList()).stream()
                .map(StoredPhoto::toPhoto)
                .collect(Collectors.toMap(Photo::id, Function.identity()));
    }

    public boolean isOwnedBy(PhotoId id, long userId) {
        return photos.findById(id.value()).filter(photo -> photo.isOwnedBy(userId)).isPresent();
    }

    /** Other photos made from exactly the same file (same SHA-256), oldest first. */
    public List<PhotoId> sameFileAs(PhotoId id) {
        return photos.findById(id.value())
                .map(photo -> photos.findBySha256AndIdNot(photo.sha256(), id.value()).stream()
                        .sorted(Comparator.comparing(StoredPhoto::createdAt))
                        .map(StoredPhoto::photoId)
                        .toList())
                .orElse(List.of());
    }

    /**
     * Other photos that look like this one: within {@code maxDistance} bits of its perceptual hash, oldest first, at
     * most {@code limit}. Found through the hash's band indexes, so it costs a few index probes whether Kriya keeps a
     * thousand photos or half a million. Pictures with almost no detail (a blank or evenly lit surface, whose hash is
     * nearly all zeros or all ones) look like each other whatever they show and are never matched.
     *
     * @param maxDistance 0 to {@value #MAX_SIMILARITY_DISTANCE}: farther than that, the bands cannot promise to
     *                    find every match
     */
    public List<SimilarPhoto> similarTo(PhotoId id, int maxDistance, int limit) {
        if (maxDistance < 0 || maxDistance > MAX_SIMILARITY_DISTANCE) {
            throw new IllegalArgumentException("A distance of 0 to " + MAX_SIMILARITY_DISTANCE + " bits: " + maxDistance);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("At least one photo: " + limit);
        }
        return photos.findById(id.value())
                .filter(photo -> hasDetail(photo.perceptualHash()))
                .map(photo -> {
                    long[] b = HashBands.of(photo.perceptualHash());
                    return photos.similarTo(photo.perceptualHash(), b[0], b[1], b[2], b[3], b[4], b[5], b[6],
                                    maxDistance, id.value(), limit).stream()
                            .map(row -> new SimilarPhoto(new PhotoId(row.getId()), row.getCreatedAt(), row.getDistance()))
                            .toList();
                })
                .orElse(List.of());
    }

    /**
     * A dHash with fewer than {@value #MIN_HASH_DETAIL} bits set, or fewer than that many unset, comes from a picture
     * whose neighbouring pixels barely differ anywhere: two such pictures match without showing the same thing.
     */
    static boolean hasDetail(long hash) {
        int set = Long.bitCount(hash);
        return set >= MIN_HASH_DETAIL && 64 - set >= MIN_HASH_DETAIL;
    }

    /**
     * The JPEG bytes of a rendition. Reads storage only, so serving an image costs no database connection, except
     * the first time a size is asked of a photo stored before that size existed: it is then made from the smallest
     * larger rendition already stored, kept, and served. Making it on first request rather than by a job at start-up
     * needs no coordination between instances: each writes the same bytes in one atomic step, so two instances
     * racing for the same photo at worst do the work twice; photos nobody looks at cost nothing.
     *
     * @throws PhotoRejectedException (busy) when the rendition has to be made and no decoding turn comes in time
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<byte[]> rendition(PhotoId id, PhotoSize size) {
        Optional<byte[]> stored = storage.get(id, size);
        if (stored.isPresent()) {
            return stored;
        }
        return makeLater(id, size);
    }

    private Optional<byte[]> makeLater(PhotoId id, PhotoSize size) {
        Optional<byte[]> source = Optional.empty();
        for (int i = size.ordinal() + 1; i < PhotoSize.values().length && source.isEmpty(); i++) {
            source = storage.get(id, PhotoSize.values()[i]);
        }
        if (source.isEmpty()) {
            return Optional.empty();
        }
        // The record gives the sizes the pages announce; no record means a photo being deleted: make nothing.
        Optional<Photo> photo = find(id);
        if (photo.isEmpty()) {
            return Optional.empty();
        }
        byte[] jpeg = processor.smaller(source.get(), photo.get().width(size), photo.get().height(size));
        storage.put(id, size, jpeg);
        log.info("Made the {} rendition of photo {}, stored before that size existed", size.slug(), id);
        return Optional.of(jpeg);
    }

    /**
     * Deletes the user's photo; the files go once the deletion is committed.
     *
     * @throws PhotoNotFoundException when there is no such photo or it is someone else's
     */
    @Transactional
    public void delete(PhotoId id, long userId) {
        StoredPhoto photo = photos.findById(id.value())
                .filter(found -> found.isOwnedBy(userId))
                .orElseThrow(() -> new PhotoNotFoundException(id));
        photos.delete(photo);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeFiles(id);
            }
        });
    }

    private void removeFiles(PhotoId id) {
        for (PhotoSize size : PhotoSize.values()) {
            try {
                storage.delete(id, size);
            } catch (RuntimeException e) {
                log.warn("Could not delete the {} rendition of photo {}", size.slug(), id, e);
            }
        }
    }

    /** A user's file name is logged without line breaks or control characters, and not too long. */
    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) : clean;
    }
}
