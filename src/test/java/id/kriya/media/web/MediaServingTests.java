package id.kriya.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import id.kriya.KriyaWebTest;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoNotFoundException;
import id.kriya.media.PhotoSize;
import id.kriya.media.QualityHint;
import id.kriya.media.TestImages;

@KriyaWebTest
class MediaServingTests {

    static final long ARTISAN = 9_001;
    static final long SOMEONE_ELSE = 9_002;

    @Autowired
    MockMvc mvc;

    @Autowired
    MediaLibrary media;

    @Value("${kriya.media.directory}")
    Path folder;

    @Test
    void aServedPhotoCarriesNoExifAndNoLocation() throws Exception {
        byte[] phone = TestImages.withExif(TestImages.jpeg(TestImages.sharp(1200, 900)), 1);
        assertThat(TestImages.hasApp1(phone)).isTrue();
        assertThat(TestImages.contains(phone, TestImages.GPS_MARKER)).isTrue();

        Photo photo = upload(phone);

        for (PhotoSize size : PhotoSize.values()) {
            byte[] served = fetch(photo.url(size));
            assertThat(TestImages.hasApp1(served)).as(size.slug()).isFalse();
            assertThat(TestImages.contains(served, "Exif")).as(size.slug()).isFalse();
            assertThat(TestImages.contains(served, TestImages.GPS_MARKER)).as(size.slug()).isFalse();
        }
    }

    @Test
    void aPhotoShotWithThePhoneTurnedComesOutUpright() throws Exception {
        byte[] turned = TestImages.withExif(TestImages.jpeg(TestImages.sharp(1200, 900)), 6);

        Photo photo = upload(turned);
        BufferedImage full = TestImages.read(fetch(photo.url(PhotoSize.FULL)));

        assertThat(photo.width()).isEqualTo(900);
        assertThat(photo.height()).isEqualTo(1200);
        assertThat(full.getWidth()).isEqualTo(900);
        assertThat(full.getHeight()).isEqualTo(1200);
    }

    @Test
    void renditionsAreScaledDownButNeverUp() throws Exception {
        Photo big = upload(TestImages.jpeg(TestImages.sharp(2400, 1800)));
        Photo small = upload(TestImages.png(TestImages.sharp(300, 200)));

        assertThat(dimensions(big, PhotoSize.FULL)).containsExactly(1600, 1200);
        assertThat(dimensions(big, PhotoSize.MEDIUM)).containsExactly(800, 600);
        assertThat(dimensions(big, PhotoSize.CARD)).containsExactly(600, 450);
        assertThat(dimensions(big, PhotoSize.SMALL)).containsExactly(400, 300);
        assertThat(dimensions(big, PhotoSize.THUMB)).containsExactly(200, 150);
        assertThat(dimensions(small, PhotoSize.FULL)).containsExactly(300, 200);
        assertThat(dimensions(small, PhotoSize.THUMB)).containsExactly(200, 133);
        assertThat(big.width(PhotoSize.CARD)).isEqualTo(600);
        assertThat(small.height(PhotoSize.THUMB)).isEqualTo(133);
    }

    @Test
    void aPhotoStoredBeforeTheSmallAndMediumSizesExistedGetsThemOnFirstRequestAndKeepsThem() throws Exception {
        Photo old = upload(TestImages.jpeg(TestImages.sharp(3000, 2000)));
        // As a photo uploaded before these sizes existed: only thumb, card and full are in the folder.
        Path small = renditionFile(old, PhotoSize.SMALL);
        Path medium = renditionFile(old, PhotoSize.MEDIUM);
        Files.delete(small);
        Files.delete(medium);

        assertThat(dimensions(old, PhotoSize.SMALL)).containsExactly(400, 267);
        assertThat(dimensions(old, PhotoSize.MEDIUM)).containsExactly(800, 533);
        assertThat(small).exists();
        assertThat(medium).exists();
        mvc.perform(get(old.url(PhotoSize.MEDIUM)))
                .andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"));
    }

    @Test
    void aDeletedPhotoGetsNoNewRenditionEvenWhenAFileWasLeftBehind() throws Exception {
        Photo photo = upload(TestImages.jpeg(TestImages.sharp(1200, 900)));
        Path full = renditionFile(photo, PhotoSize.FULL);
        byte[] leftBehind = Files.readAllBytes(full);
        media.delete(photo.id(), ARTISAN);
        Files.createDirectories(full.getParent());
        Files.write(full, leftBehind);

        mvc.perform(get(photo.url(PhotoSize.MEDIUM))).andExpect(status().isNotFound());
        assertThat(renditionFile(photo, PhotoSize.MEDIUM)).doesNotExist();
    }

    @Test
    void theSrcsetOffersEveryWidthOnceWithItsRealWidth() {
        Photo wide = upload(TestImages.jpeg(TestImages.sharp(3000, 2000)));
        Photo small = upload(TestImages.jpeg(TestImages.sharp(500, 400)));

        assertThat(wide.srcset()).isEqualTo(wide.url(PhotoSize.THUMB) + " 200w, " + wide.url(PhotoSize.SMALL) + " 400w, "
                + wide.url(PhotoSize.CARD) + " 600w, " + wide.url(PhotoSize.MEDIUM) + " 800w, "
                + wide.url(PhotoSize.FULL) + " 1600w");
        assertThat(small.srcset()).isEqualTo(small.url(PhotoSize.THUMB) + " 200w, " + small.url(PhotoSize.SMALL)
                + " 400w, " + small.url(PhotoSize.CARD) + " 500w");
    }

    @Test
    void renditionsAreCachedForAYearAndOnlyEverAJpeg() throws Exception {
        Photo photo = upload(TestImages.jpeg(TestImages.sharp(1000, 800)));

        mvc.perform(get(photo.url(PhotoSize.CARD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
                .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                .andExpect(header().stringValues("Content-Security-Policy", MediaController.IMAGE_POLICY))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void anUnknownPhotoOrSizeIsNotFound() throws Exception {
        Photo photo = upload(TestImages.jpeg(TestImages.sharp(1000, 800)));

        mvc.perform(get("/media/{id}/full.jpg", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/media/{id}/huge.jpg", photo.id())).andExpect(status().isNotFound());
        mvc.perform(get("/media/{id}/full.html", photo.id())).andExpect(status().isNotFound());
        mvc.perform(get("/media/not-a-uuid/full.jpg")).andExpect(status().isNotFound());
    }

    @Test
    void pathTricksInTheFileNameNeverReachTheFileSystem() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.sharp(1000, 800));
        for (String name : List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/tmp/evil.jpg",
                "a/../../../b.jpg", "x\u0000.jpg", "%2e%2e%2fkriya.jpg", "<script>.jpg", "CON")) {
            media.upload(ARTISAN, name, new ByteArrayInputStream(jpeg));
        }

        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()))
                    .isNotEmpty()
                    .allMatch(name -> name.matches("[0-9a-f]{2}/[0-9a-f-]{36}-(thumb|small|card|medium|full)\\.jpg"));
        }
        assertThat(Path.of("target/kriya.jpg")).doesNotExist();
        assertThat(Path.of("/tmp/evil.jpg")).doesNotExist();
    }

    @Test
    void theArtisanSeesAtOnceWhenAPhotoIsDarkOrBlurry() {
        Photo dark = upload(TestImages.jpeg(TestImages.dark(1200, 900)));
        Photo blurry = upload(TestImages.jpeg(TestImages.blurry(1200, 900)));
        Photo good = upload(TestImages.jpeg(TestImages.sharp(1200, 900)));

        assertThat(dark.hints()).contains(QualityHint.TOO_DARK);
        assertThat(blurry.hints()).contains(QualityHint.BLURRY);
        assertThat(good.hints()).isEmpty();
        assertThat(media.find(dark.id())).contains(dark);
    }

    @Test
    void onlyTheOwnerDeletesAndThenThePhotoIsGone() throws Exception {
        Photo photo = upload(TestImages.jpeg(TestImages.sharp(1000, 800)));

        assertThat(media.isOwnedBy(photo.id(), ARTISAN)).isTrue();
        assertThat(media.isOwnedBy(photo.id(), SOMEONE_ELSE)).isFalse();
        assertThatThrownBy(() -> media.delete(photo.id(), SOMEONE_ELSE)).isInstanceOf(PhotoNotFoundException.class);
        mvc.perform(get(photo.url(PhotoSize.THUMB))).andExpect(status().isOk());

        media.delete(photo.id(), ARTISAN);

        assertThat(media.find(photo.id())).isEmpty();
        mvc.perform(get(photo.url(PhotoSize.THUMB))).andExpect(status().isNotFound());
    }

    @Test
    void theSameFileUploadedTwiceIsKnownAsADuplicate() {
        byte[] jpeg = TestImages.jpeg(TestImages.scene(1000, 800, false));
        Photo first = upload(jpeg);
        Photo second = upload(jpeg);

        assertThat(media.sameFileAs(second.id())).contains(first.id());
        assertThat(second.distanceTo(first)).isZero();
    }

    private Photo upload(byte[] content) {
        return media.upload(ARTISAN, "IMG_1234.jpg", new ByteArrayInputStream(content));
    }

    private byte[] fetch(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private Path renditionFile(Photo photo, PhotoSize size) {
        String name = photo.id().value().toString();
        return folder.resolve(name.substring(0, 2)).resolve(name + "-" + size.slug() + ".jpg");
    }

    private List<Integer> dimensions(Photo photo, PhotoSize size) throws Exception {
        BufferedImage image = TestImages.read(fetch(photo.url(size)));
        return List.of(image.getWidth(), image.getHeight());
    }
}
