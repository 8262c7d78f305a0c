package id.kriya.media.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import id.kriya.media.PhotoSize;

/** Makes the pictures Kriya serves: upright, in sRGB, on white, scaled down, as JPEG without any metadata. */
public final class Renditions {

    /** Around 0.8 a photo of cloth or carving shows no blocks at a phone's density and costs a third less than 0.9. */
    static final float QUALITY = 0.8f;

    private Renditions() {
    }

    /** The decoded image as the phone was held, in plain sRGB, transparency flattened onto white. */
    public static BufferedImage upright(BufferedImage decoded, int orientation) {
        BufferedImage source = toSrgb(decoded);
        boolean swap = ExifOrientation.swapsSides(orientation);
        int width = swap ? source.getHeight() : source.getWidth();
        int height = swap ? source.getWidth() : source.getHeight();
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, ExifOrientation.transform(orientation, source.getWidth(), source.getHeight()), null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /** Scales down to fit the size's longest side; never up. */
    public static BufferedImage fit(BufferedImage image, PhotoSize size) {
        int w = image.getWidth();
        int h = image.getHeight();
        return resize(image, size.scaledWidth(w, h), size.scaledHeight(w, h));
    }

    /**
     * Halves step by step before the last bilinear step: one bilinear jump over a large factor skips pixels and
     * leaves jagged edges and moiré on woven patterns.
     */
    public static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height);
    }

    public static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            // Progressive: a slow line shows the whole picture coarse at once and sharpens it, and with the optimised
            // Huffman tables progressive coding needs, the file is a few per cent smaller.
            if (param.canWriteProgressive()) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.setOutput(out);
            // No metadata given: the writer adds a bare JFIF header and nothing of the original's EXIF or ICC.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a JPEG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Decodes one of Kriya's own renditions (a JPEG it wrote), to make a smaller one from it. */
    public static BufferedImage read(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalStateException("A stored rendition is not a readable JPEG");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a stored rendition", e);
        }
    }

    private static BufferedImage toSrgb(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        // Grey images draw onto RGB as they are; any other space (Display P3, Adobe RGB, CMYK) is converted.
        if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY) {
            return image;
        }
        return new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, null);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return result;
    }
}
