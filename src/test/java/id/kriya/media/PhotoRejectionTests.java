package id.kriya.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.ImageIO;

import id.kriya.media.PhotoRejectedException.Reason;
import id.kriya.media.image.ImageType;
import id.kriya.media.storage.FolderPhotoStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is refused, and why; all of it before anything is stored. */
class PhotoRejectionTests {

    @TempDir
    Path folder;

    @Test
    void htmlNamedJpgIsRefused() {
        assertRejected("photo.jpg", TestImages.html(), Reason.NOT_AN_IMAGE);
    }

    @Test
    void svgNamedJpgIsRefused() {
        assertRejected("photo.jpg", TestImages.svg(), Reason.NOT_AN_IMAGE);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = TestImages.pngClaiming(30_000, 30_000);
        assertThat(bomb.length).isLessThan(200);

        // 30,000 × 30,000 pixels would need 2.7 GB decoded; refusing it takes nothing.
        PhotoRejectedException rejected = assertRejected("bomb.png", bomb, Reason.TOO_MANY_PIXELS);

        assertThat(rejected.arguments()).containsExactly(40);
    }

    @Test
    void aTruncatedJpegGetsAMessageNotAnError() {
        byte[] jpeg = TestImages.jpeg(TestImages.sharp(1200, 900));
        assertRejected("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), Reason.CORRUPT);
    }

    @Test
    void aJpegThatIsOnlyAHeaderGetsAMessage() {
        assertRejected("cut.jpg", Arrays.copyOf(TestImages.jpeg(TestImages.sharp(100, 100)), 20), Reason.CORRUPT);
    }

    @Test
    void heicIsRefusedWithHowToSendJpeg() {
        PhotoRejectedException rejected = assertRejected("IMG_0001.HEIC", TestImages.heic(), Reason.HEIC);
        assertThat(rejected.messageKey()).isEqualTo("media.rejected.HEIC");
    }

    @Test
    void oneByteOver15MegabytesIsRefusedWithoutTrustingAnyDeclaredLength() {
        InputStream huge = new JpegLookingStream(15L * 1024 * 1024 + 1);
        assertThatThrownBy(() -> library().upload(1, "big.jpg", huge))
                .isInstanceOfSatisfying(PhotoRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRejected("empty.jpg", new byte[0], Reason.EMPTY);
    }

    @Test
    void whenEveryDecoderIsBusyAnUploadIsAskedToComeBackRatherThanPileUp() {
        MediaProperties noTurns = new MediaProperties(folder, 0, Duration.ofMillis(10));
        MediaLibrary busy = new MediaLibrary(null, new FolderPhotoStorage(folder), new PhotoProcessor(noTurns),
                Clock.systemUTC());
        byte[] jpeg = TestImages.jpeg(TestImages.sharp(100, 100));

        assertThatThrownBy(() -> busy.upload(1, "a.jpg", new ByteArrayInputStream(jpeg)))
                .isInstanceOfSatisfying(PhotoRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
    }

    @Test
    void webpHasADecoder() {
        assertThat(ImageIO.getImageReadersByFormatName(ImageType.WEBP.readerFormat()).hasNext()).isTrue();
    }

    private PhotoRejectedException assertRejected(String name, byte[] content, Reason reason) {
        try {
            library().upload(1, name, new ByteArrayInputStream(content));
        } catch (PhotoRejectedException e) {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(folder).isEmptyDirectory();
            return e;
        } catch (Exception e) {
            throw new AssertionError("Expected a rejection, got " + e, e);
        }
        throw new AssertionError("Expected " + reason + " for " + name);
    }

    /** No repository: a rejected upload must never get as far as the database. */
    private MediaLibrary library() {
        MediaProperties properties = new MediaProperties(folder, 1, null);
        return new MediaLibrary(null, new FolderPhotoStorage(folder), new PhotoProcessor(properties),
                Clock.systemUTC());
    }

    /** A JPEG's first bytes, then zeros, for as long as asked: 15 MB without holding 15 MB. */
    static final class JpegLookingStream extends InputStream {
        private final long length;
        private long position;

        JpegLookingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            long at = position++;
            return at == 0 || at == 2 ? 0xFF : at == 1 ? 0xD8 : 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        long before = countUploads();
        assertRejected("cut.jpg", Arrays.copyOf(TestImages.jpeg(TestImages.sharp(100, 100)), 20), Reason.CORRUPT);
        assertThat(countUploads()).isEqualTo(before);
    }

    private static long countUploads() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("kriya-upload-")).count();
        }
    }
}
