package id.kriya.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTests {

    @Test
    void keepsLettersAndDigitsWithoutAccentsJoinedByOneHyphen() {
        assertThat(Slug.of("Kain Endek Sutra — Motif Cepuk!", 70, "produk")).isEqualTo("kain-endek-sutra-motif-cepuk");
        assertThat(Slug.of("Café Kerajinan Ñusa 2", 70, "usaha")).isEqualTo("cafe-kerajinan-nusa-2");
    }

    @Test
    void cutsALongTextWithoutATrailingHyphenAndGivesTheFallbackWhenNothingIsLeft() {
        assertThat(Slug.of("Kerajinan ".repeat(20), 20, "x")).isEqualTo("kerajinan-kerajinan");
        assertThat(Slug.of("***", 60, "pameran")).isEqualTo("pameran");
        assertThat(Slug.of(null, 60, "produk")).isEqualTo("produk");
    }

    @Test
    void numbersTheCandidatesAfterTheFirst() {
        assertThat(Slug.numbered("tenun", 1)).isEqualTo("tenun");
        assertThat(Slug.numbered("tenun", 3)).isEqualTo("tenun-3");
    }
}
