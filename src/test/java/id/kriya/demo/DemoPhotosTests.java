package id.kriya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import id.kriya.artisan.Craft;
import org.junit.jupiter.api.Test;

class DemoPhotosTests {

    @Test
    void everyCraftGetsADistinctPhotoPerVariantQuickly() throws IOException {
        long start = System.nanoTime();
        for (Craft craft : Craft.values()) {
            byte[] first = DemoPhotos.jpeg(craft.name(), 0, 1);
            byte[] second = DemoPhotos.jpeg(craft.name(), 1, 1);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
            assertThat(image.getWidth()).as(craft.name()).isEqualTo(1200);
            assertThat(image.getHeight()).as(craft.name()).isEqualTo(900);
            assertThat(Arrays.equals(first, second)).as(craft.name()).isFalse();
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for %d crafts", Craft.values().length * 2)
                .isLessThan(10_000);
    }
}
