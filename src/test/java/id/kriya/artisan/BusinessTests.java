package id.kriya.artisan;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BusinessTests {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void renamingAVerifiedBusinessSendsItBackForReview() {
        ArtisanMother mother = aBusiness();
        Business business = verified(mother);

        assertThat(business.change(mother.named("Nama Lain " + ArtisanMother.token()).details(), NOW)).isTrue();
        assertThat(business.status()).isEqualTo(BusinessStatus.PENDING);
    }

    @Test
    void changingTheOwnerOfAVerifiedBusinessSendsItBackForReview() {
        ArtisanMother mother = aBusiness();
        Business business = verified(mother);

        assertThat(business.change(mother.ownedBy("I Wayan Lain").details(), NOW)).isTrue();
        assertThat(business.status()).isEqualTo(BusinessStatus.PENDING);
    }

    @Test
    void aNewStoryKeepsAVerifiedBusinessVerified() {
        ArtisanMother mother = aBusiness().named("  Tenun Ikat Sidemen  ");
        Business business = verified(mother);

        assertThat(business.change(mother.telling("Cerita baru kami.").details(), NOW)).isFalse();
        assertThat(business.status()).isEqualTo(BusinessStatus.VERIFIED);
    }

    private static Business verified(ArtisanMother mother) {
        Business business = new Business("tenun", mother.details(), NOW);
        business.verify(7L, NOW);
        return business;
    }
}
