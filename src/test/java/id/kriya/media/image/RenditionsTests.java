package id.kriya.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import id.kriya.media.TestImages;
import id.kriya.media.PhotoSize;

class RenditionsTests {

    @Test
    void transparencyBecomesWhiteNotBlack() {
        BufferedImage clear = new BufferedImage(50, 40, BufferedImage.TYPE_INT_ARGB);

        BufferedImage upright = Renditions.upright(clear, 1);

        assertThat(upright.getRGB(25, 20) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(upright.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void aPhoneTurnedAQuarterIsTurnedBack() {
        BufferedImage stored = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, Color.RED.getRGB());

        BufferedImage upright = Renditions.upright(stored, 6);

        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(40);
        assertThat(upright.getRGB(19, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void everyOrientationKeepsEveryPixelInside() {
        BufferedImage stored = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                stored.setRGB(x, y, 0x336699);
            }
        }
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = Renditions.upright(stored, orientation);
            // Any pixel the transform missed would show the white background.
            for (int y = 0; y < upright.getHeight(); y++) {
                for (int x = 0; x < upright.getWidth(); x++) {
                    assertThat(upright.getRGB(x, y) & 0xFFFFFF).as("orientation %d at %d,%d", orientation, x, y)
                            .isEqualTo(0x336699);
                }
            }
        }
    }

    @Test
    void theJpegCarriesNoMetadataSegment() {
        byte[] jpeg = Renditions.jpeg(TestImages.sharp(300, 200));

        assertThat(TestImages.hasApp1(jpeg)).isFalse();
        assertThat(TestImages.read(jpeg).getWidth()).isEqualTo(300);
    }

    @Test
    void fittingNeverEnlarges() {
        BufferedImage small = TestImages.sharp(300, 200);

        assertThat(Renditions.fit(small, PhotoSize.FULL).getWidth()).isEqualTo(300);
        assertThat(Renditions.fit(small, PhotoSize.THUMB).getWidth()).isEqualTo(200);
        assertThat(Renditions.fit(small, PhotoSize.THUMB).getHeight()).isEqualTo(133);
    }
}
