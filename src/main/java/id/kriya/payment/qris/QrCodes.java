package id.kriya.payment.qris;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Draws text as a QR code in a PNG, the way QRIS is shown at a till: error correction M and the standard quiet zone
 * of four modules, black on white.
 */
@Service
@NamedInterface("api")
public class QrCodes {

    public static final int MIN_PIXELS = 64;
    public static final int MAX_PIXELS = 2048;
    static final int QUIET_ZONE = 4;

    /** A square PNG of about this many pixels a side (at least the code's own size). */
    public byte[] png(String text, int pixels) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("Nothing to draw");
        }
        if (pixels < MIN_PIXELS || pixels > MAX_PIXELS) {
            throw new IllegalArgumentException("A QR code of " + MIN_PIXELS + " to " + MAX_PIXELS + " pixels: " + pixels);
        }
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels, hints);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
