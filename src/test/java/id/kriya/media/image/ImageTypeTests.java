package id.kriya.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.kriya.media.TestImages;

class ImageTypeTests {

    @Test
    void knowsJpegAndPngByTheirFirstBytes() {
        assertThat(ImageType.of(TestImages.jpeg(TestImages.sharp(20, 20)))).isEqualTo(ImageType.JPEG);
        assertThat(ImageType.of(TestImages.png(TestImages.sharp(20, 20)))).isEqualTo(ImageType.PNG);
    }

    @Test
    void knowsWebpAndHeicByTheirContainers() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageType.of(webp)).isEqualTo(ImageType.WEBP);
        assertThat(ImageType.of(TestImages.heic())).isEqualTo(ImageType.HEIC);
    }

    @Test
    void htmlAndSvgAreNoPhotosWhateverTheirName() {
        assertThat(ImageType.of(TestImages.html())).isEqualTo(ImageType.UNKNOWN);
        assertThat(ImageType.of(TestImages.svg())).isEqualTo(ImageType.UNKNOWN);
        assertThat(ImageType.of(new byte[] {(byte) 0xFF})).isEqualTo(ImageType.UNKNOWN);
        assertThat(ImageType.of(new byte[0])).isEqualTo(ImageType.UNKNOWN);
    }
}
