package id.kriya.payment.qris;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;

/** QRIS payloads and sticker photos for tests elsewhere in the payment module: good ones and broken ones. */
public final class TestQris {

    /** The static payload of the QRIS specification's own example: GUREUM SHOP, JAKARTA PUSAT. */
    public static final String STATIC = QrisPayloadTests.STATIC;
    public static final String NMID = "ID1020039293482";

    private TestQris() {
    }

    /** The text of the QR code in a PNG, as a buyer's banking app reads it. */
    public static String decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new MultiFormatReader().decode(bitmap,
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code in the image", e);
        }
    }

    /** The example's payload for another merchant and city, with its CRC recomputed. */
    public static String staticFor(String merchantName, String city) {
        return replaced(Map.of("59", merchantName, "60", city));
    }

    /** The example with its CRC's last digit changed. */
    public static String wrongCrc() {
        return STATIC.substring(0, STATIC.length() - 4) + "455D";
    }

    /** The example without this tag, sealed with a correct CRC, so only the missing tag is wrong. */
    public static String without(String tag) {
        List<Tlv> elements = elements(STATIC);
        elements.removeIf(element -> element.tag().equals(tag));
        return seal(elements);
    }

    /** The example with the length of the merchant name (tag 59) not a number. */
    public static String badLength() {
        return STATIC.replace("5911GUREUM SHOP", "59XXGUREUM SHOP");
    }

    /** The example with an amount (tag 54) that is not a number, sealed with a correct CRC. */
    public static String amountOf(String amount) {
        List<Tlv> elements = elements(STATIC);
        elements.add(elements.indexOf(new Tlv("58", "ID")), new Tlv("54", amount));
        return seal(elements);
    }

    /** A dynamic payload (point of initiation 12) for this amount. */
    public static String dynamic(long rupiah) {
        return QrisPayload.parse(STATIC).withAmount(rupiah).text();
    }

    private static String replaced(Map<String, String> values) {
        List<Tlv> elements = new ArrayList<>();
        for (Tlv element : elements(STATIC)) {
            elements.add(values.containsKey(element.tag()) ? new Tlv(element.tag(), values.get(element.tag())) : element);
        }
        return seal(elements);
    }

    private static List<Tlv> elements(String text) {
        List<Tlv> elements = new ArrayList<>(Tlv.parseAll(text));
        elements.removeIf(element -> element.tag().equals("63"));
        return elements;
    }

    private static String seal(List<Tlv> elements) {
        String body = Tlv.textOf(elements) + "6304";
        return body + Crc16.hex(body);
    }

    /**
     * A phone photo of a sticker: the QR code of this text printed on a white card, on a grey table, with room
     * around it, as a JPEG.
     */
    public static byte[] stickerPhoto(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 600, 600,
                    Map.of(EncodeHintType.MARGIN, 4));
            BufferedImage code = MatrixToImageWriter.toBufferedImage(matrix);
            BufferedImage photo = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = photo.createGraphics();
            g.setColor(new Color(120, 118, 110));
            g.fillRect(0, 0, 1600, 1200);
            g.setColor(new Color(235, 30, 40));
            g.fillRect(450, 150, 700, 900);
            g.drawImage(code, 500, 300, null);
            g.dispose();
            return jpeg(photo);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A photo of a plain card with no code on it. */
    public static byte[] photoWithoutCode() {
        BufferedImage photo = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(200, 190, 170));
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(200, 150, 400, 300);
        g.dispose();
        return jpeg(photo);
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
