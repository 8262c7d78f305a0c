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
        assertThat(Long.bitCount(scene ^ other)).isGreaterThan(10);
    }

    private static java.util.Set<QualityHint> hintsOf(BufferedImage image) {
        return PhotoAnalysis.hints(image, image.getWidth(), image.getHeight());
    }
}
