package id.kriya.payment.qris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

class QrisPhotosTests {

    final QrisPhotos photos = new QrisPhotos();

    @Test
    void readsTheCodeOffAPhotoOfTheSticker() {
        assertThat(photos.read(new ByteArrayInputStream(TestQris.stickerPhoto(TestQris.STATIC)))).isEqualTo(TestQris.STATIC);
    }

    @Test
    void aQrCodeThatIsNotQrisIsSaidToBeSo() {
        assertThat(refusal(TestQris.stickerPhoto("https://contoh.id/bayar"))).isEqualTo("payment.qris.photo.notQris");
    }

    @Test
    void refusesByContentSizeAndPixelCountBeforeDecoding() throws IOException {
        assertThat(refusal(new byte[0])).isEqualTo("payment.qris.photo.empty");
        assertThat(refusal("GIF89a bukan foto".getBytes(StandardCharsets.US_ASCII))).isEqualTo("payment.qris.photo.notAnImage");
        byte[] heic = new byte[32];
        System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 8);
        assertThat(refusal(heic)).isEqualTo("payment.qris.photo.heic");
        assertThat(refusal(pngHeader(20_000, 20_000))).isEqualTo("payment.qris.photo.tooManyPixels");
        byte[] huge = new byte[QrisPhotos.MAX_MEGABYTES * 1024 * 1024 + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThat(refusal(huge)).isEqualTo("payment.qris.photo.tooLarge");
    }

    private String refusal(byte[] bytes) {
        try {
            photos.read(new ByteArrayInputStream(bytes));
        } catch (QrisException e) {
            return e.messageKey();
        }
        throw new AssertionError("Accepted");
    }

    /** Only the signature and the header chunk of a PNG that claims this size: 400 megapixels in 33 bytes. */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
