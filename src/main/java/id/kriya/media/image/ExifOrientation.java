package id.kriya.media.image;

import java.awt.geom.AffineTransform;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 in IFD0 of the APP1 "Exif" segment): phones store the sensor's pixels
 * as shot and only note how to turn them. Reads nothing but that one tag, and answers 1 (as stored) whenever the
 * bytes are missing or make no sense.
 */
public final class ExifOrientation {

    /** APP1 sits before the image data; phones keep it within the first 64 KB. */
    public static final int HEAD = 128 * 1024;

    private static final int SOI = 0xD8, APP1 = 0xE1, SOS = 0xDA, EOI = 0xD9;

    private ExifOrientation() {
    }

    public static int read(byte[] jpeg) {
        try {
            return find(jpeg);
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
    }

    private static int find(byte[] b) {
        if (b.length < 4 || u8(b, 0) != 0xFF || u8(b, 1) != SOI) {
            return 1;
        }
        int at = 2;
        while (at + 4 <= b.length && u8(b, at) == 0xFF) {
            int marker = u8(b, at + 1);
            if (marker == SOS || marker == EOI) {
                return 1;
            }
            int length = (u8(b, at + 2) << 8) | u8(b, at + 3);
            if (marker == APP1 && length > 8 && "Exif\0\0".equals(new String(b, at + 4, 6,
                    java.nio.charset.StandardCharsets.ISO_8859_1))) {
                return fromTiff(b, at + 10, Math.min(b.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean little = u8(b, tiff) == 'I';
        int ifd = tiff + int32(b, tiff + 4, little);
        int entries = int16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (int16(b, entry, little) == 0x0112) {
                int value = int16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** Where a pixel of a width × height image goes so the picture stands as the phone was held. */
    public static AffineTransform transform(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> new AffineTransform();
        };
    }

    /** Orientations 5 to 8 turn the picture a quarter, so width and height swap. */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    private static int int16(byte[] b, int at, boolean little) {
        return little ? u8(b, at) | u8(b, at + 1) << 8 : u8(b, at) << 8 | u8(b, at + 1);
    }

    private static int int32(byte[] b, int at, boolean little) {
        return little ? int16(b, at, true) | int16(b, at + 2, true) << 16
                : int16(b, at, false) << 16 | int16(b, at + 2, false);
    }
}
