package id.kriya.media.image;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** What an upload really is, told by its first bytes: a name or a declared content type proves nothing. */
public enum ImageType {

    JPEG("jpeg"), PNG("png"), WEBP("webp"), HEIC(null), UNKNOWN(null);

    /** The bytes {@link #of} needs to see. */
    public static final int HEAD = 32;

    // ISO base media brands of HEIF stills and sequences (iPhones write heic; some Android phones heix or mif1).
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm",
            "hevs", "mif1", "msf1", "avif", "avis");

    private final String readerFormat;

    ImageType(String readerFormat) {
        this.readerFormat = readerFormat;
    }

    /** The ImageIO format name that reads this type; null for what Kriya does not read. */
    public String readerFormat() {
        return readerFormat;
    }

    public static ImageType of(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (ascii(head, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(head, 8, 4))) {
            return HEIC;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] head, int offset, int... expected) {
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

    private static String ascii(byte[] head, int offset, int length) {
        if (head.length < offset + length) {
            return "";
        }
        return new String(head, offset, length, StandardCharsets.ISO_8859_1);
    }
}
