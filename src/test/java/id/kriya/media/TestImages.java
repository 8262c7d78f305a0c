package id.kriya.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import id.kriya.media.image.Renditions;

/** Pictures and impostors for the media tests, drawn in code. */
public final class TestImages {

    /** Written into the GPS IFD of {@link #withExif}: if these bytes survive anywhere, the location leaked. */
    public static final String GPS_MARKER = "KRIYA-GPS-MARKER";

    private TestImages() {
    }

    /** A well-lit, sharp woven pattern: mid-tone squares with crisp edges and a little grain. */
    public static BufferedImage sharp(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(7);
        for (int y = 0; y < height; y += 16) {
            for (int x = 0; x < width; x += 16) {
                boolean odd = ((x + y) / 16) % 2 == 0;
                g.setColor(odd ? new Color(190, 140, 60) : new Color(70, 90, 150));
                g.fillRect(x, y, 16, 16);
            }
        }
        g.dispose();
        for (int i = 0; i < width * height / 20; i++) {
            image.setRGB(random.nextInt(width), random.nextInt(height), random.nextBoolean() ? 0xF0E0C0 : 0x202020);
        }
        return image;
    }

    /**
     * A sharp picture of its own: the same checks and grain, with each cell of the grid a difference hash reads
     * lightened or darkened at random, so two of them (other seeds) are never taken for the same photo.
     */
    public static BufferedImage sharp(int width, int height, long seed) {
        BufferedImage image = sharp(width, height);
        Random random = new Random(seed);
        Graphics2D g = image.createGraphics();
        for (int row = 0; row < 8; row++) {
            for (int column = 0; column < 9; column++) {
                int shade = random.nextBoolean() ? 255 : 0;
                g.setColor(new Color(shade, shade, shade, 40 + random.nextInt(120)));
                g.fillRect(column * width / 9, row * height / 8, width / 9 + 1, height / 8 + 1);
            }
        }
        g.dispose();
        return image;
    }

    /** Large shapes on a gradient, as a product on a backdrop: what perceptual hashes are made for. */
    public static BufferedImage scene(int width, int height, boolean mirrored) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(230, 220, 200), width, height, new Color(120, 100, 80)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(150, 40, 30));
        g.fillOval(mirrored ? width / 2 : width / 10, height / 5, width * 2 / 5, height * 3 / 5);
        g.setColor(new Color(30, 60, 120));
        g.fillRect(mirrored ? width / 8 : width * 5 / 8, height / 3, width / 4, height / 2);
        g.dispose();
        return image;
    }

    /**
     * A picture of its own for each seed, as different from another seed's as two photos of different pieces: a
     * field of large patches whose brightness changes clearly from one patch to the next (so that a resize or a
     * re-encoding cannot turn the order of two neighbours around), with grain on top. Patches fall on the 9 × 8 grid
     * a difference hash reads.
     */
    public static BufferedImage piece(long seed, int width, int height) {
        Random random = new Random(seed);
        int[][] level = new int[8][9];
        for (int row = 0; row < 8; row++) {
            for (int column = 0; column < 9; column++) {
                int value;
                do {
                    value = 30 + random.nextInt(196);
                } while (column > 0 && Math.abs(value - level[row][column - 1]) < 40);
                level[row][column] = value;
            }
        }
        int hue = random.nextInt(3);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = level[Math.min(7, y * 8 / height)][Math.min(8, x * 9 / width)];
                int grain = random.nextInt(9) - 4;
                int g = clamp(v + grain);
                int r = clamp(g + (hue == 0 ? 25 : -10));
                int b = clamp(g + (hue == 2 ? 25 : -10));
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    /** As a person saving it again would: JPEG at this quality (0 to 1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The same pattern, smeared: what a shaking hand gives. */
    public static BufferedImage blurry(int width, int height) {
        BufferedImage small = Renditions.resize(sharp(width, height), Math.max(1, width / 40), Math.max(1, height / 40));
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(small, 0, 0, width, height, null);
        g.dispose();
        return result;
    }

    public static BufferedImage dark(int width, int height) {
        BufferedImage image = sharp(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = image.getRGB(x, y);
                image.setRGB(x, y, ((p >> 16 & 0xFF) / 6) << 16 | ((p >> 8 & 0xFF) / 6) << 8 | (p & 0xFF) / 6);
            }
        }
        return image;
    }

    /**
     * Deep maroon endek, sharp and well exposed: a dark cloth (its mean brightness is low) woven with ikat lozenges
     * in cream and gold and a few black threads, with the grain of the weave. Dark on purpose, not underexposed.
     */
    public static BufferedImage maroonEndek(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        int cell = 48;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Ikat lozenges, their edges stepped like tied-and-dyed threads; a black weft line every 24 rows.
                int dx = Math.abs(x % cell - cell / 2);
                int dy = Math.abs(y % cell - cell / 2);
                int stepped = (dx + dy + ((y / 3) % 2) * 2);
                int r;
                int g;
                int b;
                if (y % 24 < 2) {
                    r = 28; g = 8; b = 12;
                } else if (stepped < 11) {
                    r = 225; g = 190; b = 120;
                } else if (stepped > 12 && stepped < 16) {
                    r = 200; g = 150; b = 60;
                } else {
                    r = 92; g = 16; b = 30;
                }
                int grain = random.nextInt(17) - 8;
                image.setRGB(x, y, clamp(r + grain) << 16 | clamp(g + grain) << 8 | clamp(b + grain));
            }
        }
        return image;
    }

    /** A photo taken with too little light: the pattern dim, its shadows crushed to black. */
    public static BufferedImage underexposed(int width, int height) {
        BufferedImage image = sharp(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = image.getRGB(x, y);
                image.setRGB(x, y, crush(p >> 16 & 0xFF) << 16 | crush(p >> 8 & 0xFF) << 8 | crush(p & 0xFF));
            }
        }
        return image;
    }

    private static int crush(int channel) {
        return Math.max(0, channel / 4 - 20);
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }

    /** White but for a band of pattern: a product lost in glare. */
    public static BufferedImage overexposed(int width, int height) {
        BufferedImage image = sharp(width, height);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height * 2 / 3);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    /**
     * The JPEG with an APP1 Exif segment right after SOI, as a phone writes it: IFD0 holds the orientation and a
     * pointer to a GPS IFD with a latitude reference and a map datum that reads {@link #GPS_MARKER}.
     */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries, then the offset of the next IFD (none).
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        // GPS IFD: latitude reference "S" inline, map datum as ASCII stored after the IFD.
        byte[] datum = (GPS_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        int datumAt = gpsIfd + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'S', 0, 0, 0});
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(datum.length).putInt(datumAt);
        tiff.putInt(0);
        tiff.put(datum);
        byte[] tiffBytes = Arrays.copyOf(tiff.array(), tiff.position());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        int length = 2 + 6 + tiffBytes.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiffBytes);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A valid PNG whose header claims width × height pixels, with a few bytes of image data: a decompression bomb. */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] data = new byte[128];
        int length = deflater.deflate(data);
        chunk(out, "IDAT", Arrays.copyOf(data, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The start of an iPhone's HEIC file: an ISO box "ftyp" with the brand "heic". */
    public static byte[] heic() {
        ByteBuffer box = ByteBuffer.allocate(64);
        box.putInt(24).put("ftypheic".getBytes(StandardCharsets.US_ASCII)).putInt(0)
                .put("mif1heic".getBytes(StandardCharsets.US_ASCII));
        box.putInt(40).put("meta".getBytes(StandardCharsets.US_ASCII));
        return box.array();
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8);
    }

    /** True when the JPEG has an APP1 segment (where EXIF and XMP live) before its image data. */
    public static boolean hasApp1(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA) {
                return false;
            }
            if (marker == 0xE1) {
                return true;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }

    public static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
