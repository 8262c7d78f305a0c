package id.kriya.payment.qris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.kriya.payment.qris.QrCodes;
import id.kriya.payment.qris.TestQris;
import org.junit.jupiter.api.Test;

class QrCodesTests {

    final QrCodes codes = new QrCodes();

    @Test
    void aDynamicQrisDrawnAsPngReadsBackAsTheSameText() throws Exception {
        String dynamic = TestQris.dynamic(1_250_000);

        byte[] png = codes.png(dynamic, 360);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThanOrEqualTo(360);
        assertThat(read(image)).isEqualTo(dynamic);
    }

    @Test
    void keepsAWhiteQuietZoneAroundTheCode() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(codes.png(TestQris.STATIC, 300)));

        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(image.getWidth() - 3, image.getHeight() - 3) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void refusesNoTextOrAnUnreasonableSize() {
        assertThatThrownBy(() -> codes.png("", 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codes.png(TestQris.STATIC, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codes.png(TestQris.STATIC, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    static String read(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
