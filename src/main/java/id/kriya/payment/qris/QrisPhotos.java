package id.kriya.payment.qris;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the QR code off a photo of a QRIS sticker. The file is judged by its first bytes, its size and the pixel
 * count in its header before any decoding; a large photo is decoded subsampled (a sticker's code stays readable),
 * and only a few photos are decoded at once. Every refusal is a {@link QrisException} with a message for the
 * artisan.
 */
@Component
public class QrisPhotos {

    private static final Logger log = LoggerFactory.getLogger(QrisPhotos.class);

    public static final int MAX_MEGABYTES = 15;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    public static final int MAX_MEGAPIXELS = 40;
    /** Longest side the code is searched at: plenty for a sticker, a few megabytes of heap. */
    static final int DECODE_SIDE = 2400;

    private final Semaphore decoding = new Semaphore(2);

    static {
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    /** The text of the QR code in the photo. */
    public String read(InputStream content) {
        byte[] bytes = bounded(content);
        String format = format(bytes);
        try {
            if (!decoding.tryAcquire(20, TimeUnit.SECONDS)) {
                throw new QrisException("payment.qris.photo.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QrisException("payment.qris.photo.busy");
        }
        try {
            return decode(pixels(bytes, format));
        } finally {
            decoding.release();
        }
    }

    private static byte[] bounded(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length == 0) {
                throw new QrisException("payment.qris.photo.empty");
            }
            if (bytes.length > MAX_BYTES) {
                throw new QrisException("payment.qris.photo.tooLarge", MAX_MEGABYTES);
            }
            return bytes;
        } catch (IOException e) {
            throw new QrisException("payment.qris.photo.corrupt");
        }
    }

    /** The ImageIO format the first bytes prove; a name or a declared content type proves nothing. */
    static String format(byte[] head) {
        if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (ascii(head, 0).equals("RIFF") && ascii(head, 8).equals("WEBP")) {
            return "webp";
        }
        if (ascii(head, 4).equals("ftyp")) {
            throw new QrisException("payment.qris.photo.heic");
        }
        throw new QrisException("payment.qris.photo.notAnImage");
    }

    private static BufferedImage pixels(byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new QrisException("payment.qris.photo.notAnImage");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new QrisException("payment.qris.photo.corrupt");
            }
            if ((long) width * height > MAX_MEGAPIXELS * 1_000_000L) {
                throw new QrisException("payment.qris.photo.tooManyPixels", MAX_MEGAPIXELS);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, (Math.max(width, height) + DECODE_SIDE - 1) / DECODE_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new QrisException("payment.qris.photo.corrupt");
            }
            return image;
        } catch (QrisException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.info("Refused a QRIS photo that does not decode: {}", e.toString());
            throw new QrisException("payment.qris.photo.corrupt");
        } finally {
            reader.dispose();
        }
    }

    private static String decode(BufferedImage image) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)),
                new BinaryBitmap(new HybridBinarizer(source.invert())))) {
            try {
                Result result = reader.decodeWithState(bitmap);
                String text = result.getText();
                if (!text.strip().matches("\\d{4}.*")) {
                    throw new QrisException("payment.qris.photo.notQris");
                }
                return text;
            } catch (NotFoundException e) {
                // try the next way of seeing black and white
            } catch (ReaderException e) {
                // a code was found but not read: a blurred or damaged sticker; try the next
            } finally {
                reader.reset();
            }
        }
        throw new QrisException("payment.qris.photo.noCode");
    }

    private static boolean starts(byte[] head, int offset, int... expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] head, int offset) {
        return head.length < offset + 4 ? "" : new String(head, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
