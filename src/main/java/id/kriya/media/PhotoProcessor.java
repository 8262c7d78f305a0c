package id.kriya.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import id.kriya.media.PhotoRejectedException.Reason;
import id.kriya.media.image.ExifOrientation;
import id.kriya.media.image.ImageType;
import id.kriya.media.image.PhotoAnalysis;
import id.kriya.media.image.PhotoDecoder;
import id.kriya.media.image.Renditions;

/**
 * From a spooled upload to what Kriya keeps of it: the type told by its bytes, the pixels decoded in turn, the
 * renditions, the hints and the hash. Holds no state but the turns.
 */
@Component
class PhotoProcessor {

    private final Semaphore decodes;
    private final long waitMillis;

    PhotoProcessor(MediaProperties properties) {
        this.decodes = new Semaphore(properties.concurrentDecodes(), true);
        this.waitMillis = properties.decodeWait().toMillis();
    }

    record Processed(ImageType type, int width, int height, Set<QualityHint> hints, long hash,
                     Map<PhotoSize, byte[]> renditions) {
    }

    Processed process(Upload upload) {
        ImageType type = ImageType.of(upload.head(ImageType.HEAD));
        if (type == ImageType.HEIC) {
            throw new PhotoRejectedException(Reason.HEIC);
        }
        if (type.readerFormat() == null) {
            throw new PhotoRejectedException(Reason.NOT_AN_IMAGE);
        }
        int orientation = type == ImageType.JPEG ? ExifOrientation.read(upload.head(ExifOrientation.HEAD)) : 1;
        acquireTurn();
        try {
            return render(upload, type, orientation);
        } finally {
            decodes.release();
        }
    }

    private Processed render(Upload upload, ImageType type, int orientation) {
        PhotoDecoder.Decoded decoded = PhotoDecoder.decode(upload.file(), type);
        BufferedImage upright = Renditions.upright(decoded.image(), orientation);
        boolean swap = ExifOrientation.swapsSides(orientation);
        int width = swap ? decoded.height() : decoded.width();
        int height = swap ? decoded.width() : decoded.height();
        Map<PhotoSize, byte[]> renditions = new EnumMap<>(PhotoSize.class);
        BufferedImage current = upright;
        // Largest first, each from the one before: cheaper than scaling the decoded image for every size.
        List<PhotoSize> largestFirst = new ArrayList<>(List.of(PhotoSize.values()));
        Collections.reverse(largestFirst);
        for (PhotoSize size : largestFirst) {
            current = Renditions.resize(current, size.scaledWidth(width, height), size.scaledHeight(width, height));
            renditions.put(size, Renditions.jpeg(current));
        }
        return new Processed(type, width, height, PhotoAnalysis.hints(upright, width, height),
                PhotoAnalysis.perceptualHash(upright), renditions);
    }

    /**
     * A rendition made later from a larger one already stored (for photos kept before that size existed), in the same
     * turns as uploads, so a page full of old photos cannot decode more at once than uploads may.
     *
     * @throws PhotoRejectedException (busy) when no turn comes in time
     */
    byte[] smaller(byte[] source, int width, int height) {
        acquireTurn();
        try {
            return Renditions.jpeg(Renditions.resize(Renditions.read(source), width, height));
        } finally {
            decodes.release();
        }
    }

    /** The perceptual hash of one of Kriya's own renditions, decoded in the same turns as uploads. */
    long hashOf(byte[] jpeg) {
        acquireTurn();
        try {
            return PhotoAnalysis.perceptualHash(Renditions.read(jpeg));
        } finally {
            decodes.release();
        }
    }

    /** Decoding takes tens of megabytes; a few at a time keeps Kriya inside a 512 MB heap however many upload. */
    private void acquireTurn() {
        try {
            if (!decodes.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new PhotoRejectedException(Reason.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotoRejectedException(Reason.BUSY);
        }
    }
}
