package id.kriya.trust.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewTextTests {

    @Test
    void findsWhatAPhoneWouldMakeALink() {
        for (String link : new String[] {"https://tokolain.id/kain", "lihat di www.endek-murah.com", "HTTP://X.ID",
                "wa.me/6281234567890", "bit.ly/kain-murah", "tokoku.com", "cek instagram.com/tenun", "shopee.co.id/x",
                "ftp://files.example.org"}) {
            assertThat(ReviewText.hasLink(link)).as(link).isTrue();
        }
    }

    @Test
    void leavesOrdinaryReviewsAlone() {
        for (String text : new String[] {"Kainnya bagus sekali. Warnanya sesuai foto.", "Harga Rp1.250.000 sepadan.",
                "Ukuran 200 x 110 cm, pas untuk kamen.", "Great piece. Me and my wife love it!",
                "Perak 925, diuji. Mantap.", "Dikirim cepat, sampai 2.5 hari."}) {
            assertThat(ReviewText.hasLink(text)).as(text).isFalse();
        }
    }

    @Test
    void namesTheAuthorWithoutTheirFullSurname() {
        assertThat(AuthorNames.shorten("Sarah Thompson")).isEqualTo("Sarah T.");
        assertThat(AuthorNames.shorten("Ni Luh Ayu Suartini")).isEqualTo("Ni Luh Ayu S.");
        assertThat(AuthorNames.shorten("  Made  ")).isEqualTo("Made");
        assertThat(AuthorNames.shorten(" ")).isNull();
        assertThat(AuthorNames.shorten("A".repeat(100))).hasSize(AuthorNames.MAX);
    }
}
