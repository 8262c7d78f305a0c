package id.kriya.trust.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PhotoReuseDecisionTests {

    static final Instant NOW = Instant.parse("2026-06-01T04:00:00Z");

    static PhotoReuse found() {
        return new PhotoReuse(new PhotoReuse.Sighting(UUID.randomUUID(), 1, 10, "51.04", NOW),
                new PhotoReuse.Sighting(UUID.randomUUID(), 2, 20, "51.07", NOW.minusSeconds(86_400)), 3, NOW);
    }

    @Test
    void aPhotoIsDecidedOnceFineOrHidden() {
        PhotoReuse fine = found();
        assertThat(fine.status()).isEqualTo(PhotoReuseStatus.OPEN);
        fine.clear(9, "  Satu koperasi di Gianyar.  ", NOW);
        assertThat(fine.status()).isEqualTo(PhotoReuseStatus.CLEARED);
        assertThat(fine.note()).isEqualTo("Satu koperasi di Gianyar.");
        assertThatThrownBy(() -> fine.clear(9, null, NOW)).isInstanceOf(ReuseRuleException.class);
        assertThatThrownBy(() -> fine.productHidden(9, "Foto milik toko lain, bukan karya sendiri.", NOW))
                .isInstanceOf(ReuseRuleException.class);

        PhotoReuse hidden = found();
        assertThatThrownBy(() -> hidden.productHidden(9, "jelek", NOW)).isInstanceOf(ReuseRuleException.class);
        assertThatThrownBy(() -> hidden.clear(9, "x".repeat(501), NOW)).isInstanceOf(ReuseRuleException.class);
        assertThat(hidden.status()).isEqualTo(PhotoReuseStatus.OPEN);
        hidden.productHidden(9, "Foto milik toko lain, bukan karya sendiri.", NOW);
        assertThat(hidden.status()).isEqualTo(PhotoReuseStatus.PRODUCT_HIDDEN);
    }

    @Test
    void onlyAProductHiddenForThePhotoIsPutBack() {
        PhotoReuse open = found();
        assertThatThrownBy(() -> open.productRestored(9, NOW)).isInstanceOf(ReuseRuleException.class);
        open.productHidden(9, "Foto milik toko lain, bukan karya sendiri.", NOW);
        open.productRestored(11, NOW);
        assertThat(open.status()).isEqualTo(PhotoReuseStatus.CLEARED);
        assertThat(open.decidedBy()).isEqualTo(11L);
        assertThatThrownBy(() -> open.productRestored(11, NOW)).isInstanceOf(ReuseRuleException.class);
    }

    @Test
    void aBusinessUsingItsOwnPhotoTwiceIsNoCase() {
        assertThatThrownBy(() -> new PhotoReuse(new PhotoReuse.Sighting(UUID.randomUUID(), 1, 10, "51.04", NOW),
                new PhotoReuse.Sighting(UUID.randomUUID(), 2, 10, "51.04", NOW), 0, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDistanceSettingStaysWithinWhatTheBandsFind() {
        assertThat(new ReuseProperties(6, 10).maxDistance()).isEqualTo(6);
        assertThat(new ReuseProperties(0, 1).maxDistance()).isZero();
        assertThatThrownBy(() -> new ReuseProperties(7, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReuseProperties(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReuseProperties(6, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
