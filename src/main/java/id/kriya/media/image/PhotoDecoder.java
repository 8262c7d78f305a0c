package id.kriya.media.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoRejectedException;
import id.kriya.media.PhotoRejectedException.Reason;
import id.kriya.media.PhotoSize;

/**
 * Turns a spooled upload into pixels, refusing what it cannot afford before paying for it: the pixel count comes
 * from the header, and large pictures are decoded with source subsampling to about the largest rendition, so a
 * 40-megapixel photo costs a few megabytes of heap instead of 160.
 */
public final class PhotoDecoder {

    private static final Logger log = LoggerFactory.getLogger(PhotoDecoder.class);

    static final long MAX_PIXELS = MediaLibrary.MAX_MEGAPIXELS * 1_000_000L;

    static {
        // In a Spring Boot jar the plug-ins (TwelveMonkeys JPEG and WebP) are only seen through this class loader.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private PhotoDecoder() {
    }

    public record Decoded(BufferedImage image, int width, int height) {
    }

    public static Decoded decode(Path file, ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.readerFormat());
        if (!readers.hasNext()) {
            throw new PhotoRejectedException(Reason.NOT_AN_IMAGE);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new PhotoRejectedException(Reason.CORRUPT);
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new PhotoRejectedException(Reason.TOO_MANY_PIXELS, MediaLibrary.MAX_MEGAPIXELS);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            param.setSourceSubsampling(step, step, 0, 0);
            AtomicBoolean damaged = new AtomicBoolean();
            // The JPEG decoder fills a cut-off file with grey and only warns ("Premature end of JPEG file").
            reader.addIIOReadWarningListener(warningsTo(damaged));
            BufferedImage image = reader.read(0, param);
            if (damaged.get() || image == null) {
                throw new PhotoRejectedException(Reason.CORRUPT);
            }
            return new Decoded(image, width, height);
        } catch (PhotoRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders fail on hostile bytes in many ways (IIOException, EOF, index errors): all mean a broken file.
            log.info("Refused a {} that does not decode: {}", type, e.toString());
            throw new PhotoRejectedException(Reason.CORRUPT);
        } finally {
            reader.dispose();
        }
    }

    /** Keeps every other, third, … pixel so the decoded image is still at least as large as the full rendition. */
    public static int subsampling(int width, int height) {
        return Math.max(1, Math.max(width, height) / PhotoSize.FULL.longestSide());
    }

    private static IIOReadWarningListener warningsTo(AtomicBoolean damaged) {
        return (source, warning) -> damaged.set(true);
    }
}
