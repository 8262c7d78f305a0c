package id.kriya.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import id.kriya.media.TestImages;
import id.kriya.media.QualityHint;

class PhotoAnalysisTests {

    @Test
    void aSharpWellLitPhotoGetsNoHints() {
        assertThat(hintsOf(TestImages.sharp(1200, 900))).isEmpty();
    }

    @Test
    void aDarkPhotoIsToldToFindDaylight() {
        assertThat(hintsOf(TestImages.dark(1200, 900))).contains(QualityHint.TOO_DARK);
    }

    @Test
    void aSharpPhotoOfDeepMaroonEndekIsNotTooDark() {
        BufferedImage endek = TestImages.maroonEndek(1200, 900);
        // Darker on average than the old mean-brightness rule allowed (70), which called it too dark.
        assertThat(meanBrightness(endek)).isLessThan(70);

        assertThat(hintsOf(endek)).isEmpty();
    }

    @Test
    void aPhotoWithCrushedShadowsIsTooDark() {
        BufferedImage photo = TestImages.underexposed(1200, 900);
        PhotoAnalysis.Histogram histogram = histogramOf(photo);
        assertThat(histogram.shareAtOrBelow(PhotoAnalysis.SHADOW_CLIP)).isGreaterThan(0.4);

        assertThat(hintsOf(photo)).containsExactly(QualityHint.TOO_DARK);
    }

    @Test
    void theMaroonClothHasContrastWhereTheUnderexposedPhotoHasNone() {
        PhotoAnalysis.Histogram endek = histogramOf(TestImages.maroonEndek(1200, 900));
        PhotoAnalysis.Histogram dim = histogramOf(TestImages.dark(1200, 900));

        assertThat(endek.spread()).isGreaterThan(PhotoAnalysis.FLAT_SPREAD);
        assertThat(endek.shareAtOrBelow(PhotoAnalysis.SHADOW_CLIP)).isLessThan(0.01);
        assertThat(dim.spread()).isLessThan(PhotoAnalysis.FLAT_SPREAD);
        assertThat(dim.percentile(0.95)).isLessThan(PhotoAnalysis.DIM_BRIGHTEST);
    }

    @Test
    void aWashedOutFlatPhotoIsOverexposed() {
        BufferedImage pale = TestImages.sharp(1200, 900);
        for (int y = 0; y < pale.getHeight(); y++) {
            for (int x = 0; x < pale.getWidth(); x++) {
                int p = pale.getRGB(x, y);
                pale.setRGB(x, y, wash(p >> 16 & 0xFF) << 16 | wash(p >> 8 & 0xFF) << 8 | wash(p & 0xFF));
            }
        }
        assertThat(hintsOf(pale)).contains(QualityHint.OVEREXPOSED).doesNotContain(QualityHint.TOO_DARK);
    }

    @Test
    void aBlurryPhotoIsToldToHoldStill() {
        assertThat(hintsOf(TestImages.blurry(1200, 900))).containsExactly(QualityHint.BLURRY);
    }

    @Test
    void aBurntOutPhotoIsToldToAvoidTheSun() {
        assertThat(hintsOf(TestImages.overexposed(1200, 900))).containsExactly(QualityHint.OVEREXPOSED);
    }

    @Test
    void aPhotoNarrowerThan800PixelsIsTooSmall() {
        assertThat(hintsOf(TestImages.sharp(1200, 700))).containsExactly(QualityHint.TOO_SMALL);
    }

    @Test
    void theSamePictureResizedAndReencodedKeepsItsHash() {
        BufferedImage original = TestImages.scene(1200, 900, false);
        BufferedImage copy = TestImages.read(TestImages.jpeg(Renditions.resize(original, 600, 450)));

        long a = PhotoAnalysis.perceptualHash(original);
        long b = PhotoAnalysis.perceptualHash(copy);

        assertThat(Long.bitCount(a ^ b)).isLessThanOrEqualTo(6);
    }

    @Test
    void differentPicturesHaveDistantHashes() {
        long scene = PhotoAnalysis.perceptualHash(TestImages.scene(1200, 900, false));
        long other = PhotoAnalysis.perceptualHash(TestImages.scene(1200, 900, true));
        // Farther apart than the trust module ever looks for the same picture: never taken for one another.
        assertThat(Long.bitCount(scene ^ other)).isGreaterThan(id.kriya.media.MediaLibrary.MAX_SIMILARITY_DISTANCE);
    }

    private static int wash(int channel) {
        return 215 + channel / 8;
    }

    private static double meanBrightness(BufferedImage image) {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                sum += (299 * (p >> 16 & 0xFF) + 587 * (p >> 8 & 0xFF) + 114 * (p & 0xFF)) / 1000.0;
            }
        }
        return sum / (image.getWidth() * image.getHeight());
    }

    private static PhotoAnalysis.Histogram histogramOf(BufferedImage image) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        int[] luma = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            luma[i] = (299 * (p >> 16 & 0xFF) + 587 * (p >> 8 & 0xFF) + 114 * (p & 0xFF)) / 1000;
        }
        return new PhotoAnalysis.Histogram(luma);
    }

    private static java.util.Set<QualityHint> hintsOf(BufferedImage image) {
        return PhotoAnalysis.hints(image, image.getWidth(), image.getHeight());
    }
}
