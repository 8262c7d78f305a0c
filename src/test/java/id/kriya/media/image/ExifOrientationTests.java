package id.kriya.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;

import org.junit.jupiter.api.Test;

import id.kriya.media.TestImages;

class ExifOrientationTests {

    @Test
    void readsTheOrientationAPhoneWrote() {
        byte[] jpeg = TestImages.withExif(TestImages.jpeg(TestImages.sharp(40, 20)), 6);
        assertThat(ExifOrientation.read(jpeg)).isEqualTo(6);
    }

    @Test
    void withoutExifThePictureStandsAsStored() {
        assertThat(ExifOrientation.read(TestImages.jpeg(TestImages.sharp(40, 20)))).isEqualTo(1);
    }

    @Test
    void brokenExifIsIgnoredNotFatal() {
        byte[] jpeg = TestImages.withExif(TestImages.jpeg(TestImages.sharp(40, 20)), 6);
        byte[] cut = java.util.Arrays.copyOf(jpeg, 30);
        assertThat(ExifOrientation.read(cut)).isEqualTo(1);
        assertThat(ExifOrientation.read(TestImages.html())).isEqualTo(1);
    }

    @Test
    void rotatingAQuarterTurnsTheTopLeftCornerToTheTopRight() {
        // A 40 × 20 picture shot with the phone turned: its top-left pixel belongs at the top right of 20 × 40.
        Point2D corner = ExifOrientation.transform(6, 40, 20).transform(new Point2D.Double(0.5, 0.5), null);
        assertThat(corner.getX()).isEqualTo(19.5);
        assertThat(corner.getY()).isEqualTo(0.5);
    }
}
