package id.kriya.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import id.kriya.media.image.ImageType;
import id.kriya.media.image.Renditions;

class PhotoProcessorTests {

    /** 1 × 1 WebP files, lossy and lossless, as browsers' feature tests use them. */
    static final String LOSSY_WEBP = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";
    static final String LOSSLESS_WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    final PhotoProcessor processor = new PhotoProcessor(new MediaProperties(Path.of("unused"), 1, null));

    @Test
    void webpIsAcceptedWhenItDecodes() {
        for (String webp : new String[] {LOSSY_WEBP, LOSSLESS_WEBP}) {
            try (Upload upload = Upload.spool(new ByteArrayInputStream(Base64.getDecoder().decode(webp)))) {
                PhotoProcessor.Processed processed = processor.process(upload);

                assertThat(processed.type()).isEqualTo(ImageType.WEBP);
                assertThat(processed.width()).isEqualTo(1);
                assertThat(processed.hints()).contains(QualityHint.TOO_SMALL);
                assertThat(ImageType.of(processed.renditions().get(PhotoSize.FULL))).isEqualTo(ImageType.JPEG);
            }
        }
    }

    @Test
    void colourInAnotherSpaceIsConvertedToSrgb() {
        // Linear RGB stands in for a camera's wide-gamut profile: mid-grey in linear light is lighter in sRGB.
        ColorModel linear = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), false, false,
                ColorModel.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = linear.createCompatibleWritableRaster(4, 4);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                raster.setPixel(x, y, new int[] {128, 128, 128});
            }
        }
        BufferedImage image = new BufferedImage(linear, raster, false, null);

        int red = Renditions.upright(image, 1).getRGB(1, 1) >> 16 & 0xFF;

        assertThat(red).isBetween(180, 195);
    }
}
