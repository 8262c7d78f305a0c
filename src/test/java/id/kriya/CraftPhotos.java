package id.kriya;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos like an artisan's phone takes: 3000 × 2000 (or turned), a woven cloth with ikat diamonds and a carved
 * piece in uneven light, with a sensor's grain, saved as a JPEG of about the size a phone writes (1–3 MB). Flat
 * colour would shrink to nothing as a JPEG and make any byte budget meaningless; these compress like photos do.
 */
public final class CraftPhotos {

    private CraftPhotos() {
    }

    public static byte[] jpeg(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color base = Color.getHSBColor(random.nextFloat(), 0.55f, 0.55f);
        Color accent = Color.getHSBColor(random.nextFloat(), 0.7f, 0.85f);
        // A table top, lit from one side.
        g.setPaint(new GradientPaint(0, 0, new Color(200, 180, 150), width, height, new Color(90, 70, 55)));
        g.fillRect(0, 0, width, height);
        // The cloth: threads every few pixels, ikat diamonds whose edges blur as dyed threads do.
        int left = width / 10;
        int top = height / 8;
        int clothWidth = width * 6 / 10;
        int clothHeight = height * 3 / 4;
        for (int y = top; y < top + clothHeight; y += 3) {
            for (int x = left; x < left + clothWidth; x += 3) {
                int cell = Math.max(40, width / 25);
                int dx = Math.abs((x - left) % (2 * cell) - cell);
                int dy = Math.abs((y - top) % (2 * cell) - cell);
                boolean motif = dx + dy < cell * 0.7 + random.nextInt(9) - 4;
                Color c = motif ? accent : base;
                float shade = 0.8f + 0.2f * (float) Math.sin(x * 0.9) * (float) Math.cos(y * 0.7);
                g.setColor(new Color(clamp(c.getRed() * shade), clamp(c.getGreen() * shade), clamp(c.getBlue() * shade)));
                g.fillRect(x, y, 3, 3);
            }
        }
        // A carved bowl beside it: rings of wood grain.
        int cx = width * 82 / 100;
        int cy = height / 2;
        int radius = Math.min(width, height) / 6;
        for (int r = radius; r > 0; r -= 4) {
            g.setColor(new Color(clamp(120 + r % 40), clamp(80 + r % 30), 40));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Ellipse2D.Double(cx - r, cy - r * 0.8, 2 * r, 1.6 * r));
        }
        g.dispose();
        // The grain of a small sensor.
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int noise = (int) (random.nextGaussian() * 5);
                int p = row[x];
                row[x] = (clamp(((p >> 16) & 0xff) + noise) << 16) | (clamp(((p >> 8) & 0xff) + noise) << 8)
                        | clamp((p & 0xff) + noise);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return encode(image, 0.9f);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
