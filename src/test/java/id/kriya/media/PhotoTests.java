package id.kriya.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PhotoTests {

    static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void eachSizeHasItsImmutableAddress() {
        Photo photo = new Photo(new PhotoId(ID), 3000, 4000, Set.of(), 0);

        assertThat(photo.url(PhotoSize.CARD)).isEqualTo("/media/0f8fad5b-d9cb-469f-a165-70867728950e/card.jpg");
        assertThat(photo.thumbUrl()).endsWith("/thumb.jpg");
        assertThat(photo.fullUrl()).endsWith("/full.jpg");
        assertThat(photo.width(PhotoSize.FULL)).isEqualTo(1200);
        assertThat(photo.height(PhotoSize.FULL)).isEqualTo(1600);
    }

    @Test
    void onlyACanonicalUuidIsAPhotoId() {
        assertThat(PhotoId.parse(ID.toString())).contains(new PhotoId(ID));
        assertThat(PhotoId.parse(ID.toString().toUpperCase())).isEmpty();
        assertThat(PhotoId.parse("../../etc/passwd")).isEmpty();
        assertThat(PhotoId.parse("1-1-1-1-1")).isEmpty();
        assertThat(PhotoId.parse(null)).isEmpty();
    }

    @Test
    void hintsAreListedInTheSameOrderEveryTime() {
        Photo photo = new Photo(new PhotoId(ID), 10, 10, Set.of(QualityHint.BLURRY, QualityHint.TOO_SMALL), 0);

        assertThat(photo.hints()).containsExactly(QualityHint.TOO_SMALL, QualityHint.BLURRY);
    }

    @Test
    void nearDuplicatesAreFewBitsApart() {
        Photo a = new Photo(new PhotoId(ID), 10, 10, Set.of(), 0b1011L);
        Photo b = new Photo(PhotoId.random(), 10, 10, Set.of(), 0b0010L);

        assertThat(a.distanceTo(b)).isEqualTo(2);
    }
}
