package id.kriya.media.image;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;

import id.kriya.media.QualityHint;

/**
 * Judges a photo the way a buyer's eye would, on a small grey copy: enough pixels, enough light, not burnt out, in
 * focus; and fingerprints it with a difference hash (dHash) that survives re-encoding and resizing.
 */
public final class PhotoAnalysis {

    static final int MIN_SHORTER_SIDE = 800;
    static final double DARK_MEAN = 70;
    static final int CLIPPED = 250;
    static final double OVEREXPOSED_SHARE = 0.30;
    static final double BLURRY_VARIANCE = 60;
    /** Big enough to keep fine detail for the blur test, small enough to cost a few hundred kilobytes. */
    static final int SAMPLE_SIDE = 512;

    private PhotoAnalysis() {
    }

    /** Hints for an upright image whose original was width × height pixels. */
    public static Set<QualityHint> hints(BufferedImage upright, int width, int height) {
        Set<QualityHint> hints = EnumSet.noneOf(QualityHint.class);
        if (Math.min(width, height) < MIN_SHORTER_SIDE) {
            hints.add(QualityHint.TOO_SMALL);
        }
        BufferedImage sample = sample(upright);
        int w = sample.getWidth();
        int h = sample.getHeight();
        int[] luma = luma(sample);
        double sum = 0;
        int clipped = 0;
        for (int value : luma) {
            sum += value;
            clipped += value >= CLIPPED ? 1 : 0;
        }
        if (sum / luma.length < DARK_MEAN) {
            hints.add(QualityHint.TOO_DARK);
        }
        if (clipped > OVEREXPOSED_SHARE * luma.length) {
            hints.add(QualityHint.OVEREXPOSED);
        }
        if (w > 2 && h > 2 && laplacianVariance(luma, w, h) < BLURRY_VARIANCE) {
            hints.add(QualityHint.BLURRY);
        }
        return hints;
    }

    /** dHash: 64 bits, one per pair of neighbours in a 9 × 8 grey copy, set when the left one is brighter. */
    public static long perceptualHash(BufferedImage upright) {
        int[] luma = luma(Renditions.resize(sample(upright), 9, 8));
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                hash <<= 1;
                if (luma[y * 9 + x] > luma[y * 9 + x + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    private static BufferedImage sample(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= SAMPLE_SIDE) {
            return image;
        }
        double scale = (double) SAMPLE_SIDE / longest;
        return Renditions.resize(image, Math.max(1, (int) Math.round(image.getWidth() * scale)),
                Math.max(1, (int) Math.round(image.getHeight() * scale)));
    }

    private static int[] luma(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            rgb[i] = (299 * (p >> 16 & 0xFF) + 587 * (p >> 8 & 0xFF) + 114 * (p & 0xFF)) / 1000;
        }
        return rgb;
    }

    /** Sharp edges make the Laplacian swing widely; a blurred picture keeps it near zero everywhere. */
    private static double laplacianVariance(int[] luma, int w, int h) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                int value = luma[i - 1] + luma[i + 1] + luma[i - w] + luma[i + w] - 4 * luma[i];
                sum += value;
                squares += (double) value * value;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }
}
