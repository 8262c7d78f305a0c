package id.kriya.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import id.kriya.media.TestImages;
import org.junit.jupiter.api.Test;

/**
 * The difference hash keeps a picture's fingerprint through what happens to a photo copied from one shop to another
 * (saved again at another quality, made smaller, brightened a little) and tells different pictures far apart.
 */
class PerceptualHashTests {

    static final int SAME = 6;

    /**
     * Photos with shapes larger than the hash's grid, as photos of a piece on a table or a backdrop are. (A close-up
     * of a fine repeating weave with nothing larger in it is not among them: shrunk to a third, its repeats fall
     * differently on the 9 × 8 grid and about 8 of its bits change. That is the known limit of a difference hash.)
     */
    static List<BufferedImage> pictures() {
        List<BufferedImage> pictures = new ArrayList<>();
        pictures.add(TestImages.scene(1200, 900, false));
        for (long seed = 1; seed <= 8; seed++) {
            pictures.add(TestImages.piece(seed, 1200, 900));
        }
        return pictures;
    }

    static long hash(BufferedImage image) {
        return PhotoAnalysis.perceptualHash(image);
    }

    static int distance(BufferedImage a, BufferedImage b) {
        return Long.bitCount(hash(a) ^ hash(b));
    }

    @Test
    void theSamePictureCopiedResizedOrBrightenedStaysWithinSixBits() {
        List<UnaryOperator<BufferedImage>> copies = List.of(
                image -> TestImages.read(TestImages.jpeg(image, 0.35f)),
                image -> TestImages.read(TestImages.jpeg(image, 0.95f)),
                image -> Renditions.resize(image, image.getWidth() / 2, image.getHeight() / 2),
                image -> TestImages.read(TestImages.jpeg(Renditions.resize(image, 400, image.getHeight() * 400 / image.getWidth()), 0.6f)),
                image -> Renditions.resize(image, image.getWidth() * 3 / 10, image.getHeight() * 3 / 10),
                PerceptualHashTests::brighter);
        List<BufferedImage> pictures = pictures();
        List<String> far = new ArrayList<>();
        for (int p = 0; p < pictures.size(); p++) {
            for (int c = 0; c < copies.size(); c++) {
                int distance = distance(pictures.get(p), copies.get(c).apply(pictures.get(p)));
                if (distance > SAME) {
                    far.add("picture " + p + ", copy " + c + ": " + distance + " bits");
                }
            }
        }
        assertThat(far).isEmpty();
    }

    @Test
    void differentPicturesAreFarApart() {
        List<BufferedImage> pictures = pictures();
        for (int i = 0; i < pictures.size(); i++) {
            for (int j = i + 1; j < pictures.size(); j++) {
                assertThat(distance(pictures.get(i), pictures.get(j))).as("pictures %d and %d", i, j)
                        .isGreaterThan(2 * SAME);
            }
        }
    }

    @Test
    void aCloseUpOfAnotherClothIsFarFromThePictures() {
        for (BufferedImage picture : pictures()) {
            assertThat(distance(picture, TestImages.maroonEndek(1000, 1000))).isGreaterThan(2 * SAME);
        }
    }

    @Test
    void aMirroredPictureIsAnotherPicture() {
        BufferedImage scene = TestImages.scene(1200, 900, false);
        assertThat(distance(scene, TestImages.scene(1200, 900, true))).isGreaterThan(SAME);
    }

    /** Ten per cent brighter, as a phone's editor would. */
    static BufferedImage brighter(BufferedImage image) {
        BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = Math.min(255, (p >> 16 & 0xFF) * 11 / 10);
                int g = Math.min(255, (p >> 8 & 0xFF) * 11 / 10);
                int b = Math.min(255, (p & 0xFF) * 11 / 10);
                result.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return result;
    }
}
