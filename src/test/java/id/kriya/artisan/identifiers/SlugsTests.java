package id.kriya.artisan.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void makesReadableAddressesFromNames() {
        assertThat(Slugs.of("Tenun Ikat Bu Ayu")).isEqualTo("tenun-ikat-bu-ayu");
        assertThat(Slugs.of("  Perak Celuk — Wayan & Sons!! ")).isEqualTo("perak-celuk-wayan-sons");
        assertThat(Slugs.of("Café Kerajinan Ñusa")).isEqualTo("cafe-kerajinan-nusa");
    }

    @Test
    void keepsAnAddressForNamesWithoutLetters() {
        assertThat(Slugs.of("***")).isEqualTo("usaha");
    }

    @Test
    void cutsLongNamesAtAWordBoundaryWithoutTrailingDash() {
        String slug = Slugs.of("Kerajinan ".repeat(20));
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
    }

    @Test
    void numbersTakenSlugs() {
        assertThat(Slugs.numbered("tenun", 1)).isEqualTo("tenun");
        assertThat(Slugs.numbered("tenun", 3)).isEqualTo("tenun-3");
    }
}
