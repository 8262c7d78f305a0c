package id.kriya.media.image;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;

import id.kriya.media.QualityHint;

/**
 * Judges a photo the way a buyer's eye would, on a small grey copy: enough pixels, enough light, not burnt out, in
 * focus; and fingerprints it with a difference hash (dHash) that survives re-encoding and resizing.
 * <p>
 * Exposure is read from the histogram, not from the mean: a sharp photo of deep maroon endek or black songket is
 * dark on average and rightly so. A photo is underexposed when its shadows are crushed to black (a large share at
 * or under 2 % of full brightness, with a dark middle) or when even its brightest parts stay dim and flat (the 95th
 * percentile low, little spread between the 5th and the 95th); overexposed when highlights are burnt to white (a
 * large share at or over 98 %) or when even its darkest parts are washed out and flat.
 */
public final class PhotoAnalysis {

    static final int MIN_SHORTER_SIDE = 800;
    /** 2 % and 98 % of full brightness: at or beyond them, detail is lost to black or white. */
    static final int SHADOW_CLIP = 5;
    static final int HIGHLIGHT_CLIP = 250;
    /** The share of black pixels (with a dark middle) that reads as crushed shadows. */
    static final double CRUSHED_SHADOWS_SHARE = 0.20;
    static final int DARK_MEDIAN = 64;
    /** The share of white pixels that reads as burnt highlights. */
    static final double OVEREXPOSED_SHARE = 0.30;
    /** Below this spread between the 5th and 95th percentiles a photo is flat; flat and dim, or flat and pale, fails. */
    static final int FLAT_SPREAD = 64;
    static final int DIM_BRIGHTEST = 100;
    static final int PALE_DARKEST = 190;
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
        Histogram histogram = new Histogram(luma);
        if (histogram.isUnderexposed()) {
            hints.add(QualityHint.TOO_DARK);
        }
        if (histogram.isOverexposed()) {
            hints.add(QualityHint.OVEREXPOSED);
        }
        if (w > 2 && h > 2 && laplacianVariance(luma, w, h) < BLURRY_VARIANCE) {
            hints.add(QualityHint.BLURRY);
        }
        return hints;
    }

    /** How many pixels have each brightness (0–255), and the percentiles and clipped shares read from it. */
    record Histogram(int[] counts, int total) {

        Histogram(int[] luma) {
            this(count(luma), luma.length);
        }

        private static int[] count(int[] luma) {
            int[] counts = new int[256];
            for (int value : luma) {
                counts[Math.min(255, Math.max(0, value))]++;
            }
            return counts;
        }

        /** The brightness at or under which this fraction of the pixels lies. */
        int percentile(double fraction) {
            long wanted = (long) Math.ceil(fraction * total);
            long seen = 0;
            for (int value = 0; value < 256; value++) {
                seen += counts[value];
                if (seen >= wanted && seen > 0) {
                    return value;
                }
            }
            return 255;
        }

        double shareAtOrBelow(int value) {
            long n = 0;
            for (int v = 0; v <= value; v++) {
                n += counts[v];
            }
            return total == 0 ? 0 : (double) n / total;
        }

        double shareAtOrAbove(int value) {
            long n = 0;
            for (int v = value; v < 256; v++) {
                n += counts[v];
            }
            return total == 0 ? 0 : (double) n / total;
        }

        int spread() {
            return percentile(0.95) - percentile(0.05);
        }

        boolean isUnderexposed() {
            boolean crushed = shareAtOrBelow(SHADOW_CLIP) >= CRUSHED_SHADOWS_SHARE && percentile(0.5) < DARK_MEDIAN;
            boolean dimAndFlat = percentile(0.95) < DIM_BRIGHTEST && spread() < FLAT_SPREAD;
            return crushed || dimAndFlat;
        }

        boolean isOverexposed() {
            boolean burnt = shareAtOrAbove(HIGHLIGHT_CLIP) > OVEREXPOSED_SHARE;
            boolean paleAndFlat = percentile(0.05) > PALE_DARKEST && spread() < FLAT_SPREAD;
            return burnt || paleAndFlat;
        }
    }

    /**
     * The version of {@link #perceptualHash}: photos hashed by an earlier one are hashed again from their stored
     * rendition (see the media module's hash backfill). 1 read the 9 × 8 grey copy through a bilinear step, which
     * let a resized copy land some cells on their neighbours; 2 averages every pixel of each cell.
     */
    public static final int HASH_VERSION = 2;

    /**
     * dHash: 64 bits, one per pair of horizontal neighbours in a 9 × 8 grid of cells, set when the left cell is
     * brighter. Each cell is the average brightness of all its pixels (of the sample, at most 512 pixels a side), so
     * the grid does not depend on the photo's size: the same picture saved smaller, larger or at another JPEG quality
     * gives the same or nearly the same 64 bits.
     */
    public static long perceptualHash(BufferedImage upright) {
        BufferedImage sample = sample(upright);
        int w = sample.getWidth();
        int h = sample.getHeight();
        int[] luma = luma(sample);
        double[] cells = new double[9 * 8];
        for (int row = 0; row < 8; row++) {
            int y0 = row * h / 8;
            int y1 = Math.max(y0 + 1, (row + 1) * h / 8);
            for (int column = 0; column < 9; column++) {
                int x0 = column * w / 9;
                int x1 = Math.max(x0 + 1, (column + 1) * w / 9);
                long sum = 0;
                int count = 0;
                for (int y = y0; y < Math.min(y1, h); y++) {
                    for (int x = x0; x < Math.min(x1, w); x++) {
                        sum += luma[y * w + x];
                        count++;
                    }
                }
                cells[row * 9 + column] = count == 0 ? 0 : (double) sum / count;
            }
        }
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                hash <<= 1;
                if (cells[y * 9 + x] > cells[y * 9 + x + 1]) {
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
