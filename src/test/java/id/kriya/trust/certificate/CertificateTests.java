package id.kriya.trust.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.kriya.catalog.Technique;
import id.kriya.media.PhotoId;
import org.junit.jupiter.api.Test;

class CertificateTests {

    static final Instant NOW = Instant.parse("2026-06-01T04:00:00Z");

    static CertificateRequest request(Integer number, Integer size) {
        return new CertificateRequest(1, "Ni Luh Sari", Technique.TENUN_IKAT_ATBM, "motif cepuk",
                List.of(new MaterialCheck("Pewarna alam", "diperiksa di bengkel")), "Tenun Endek Bali", null, number,
                size, LocalDate.of(2026, 5, 30), List.of(new PhotoId(UUID.randomUUID())), null);
    }

    static Certificate certificate() {
        return new Certificate(CertificateCode.random(new SecureRandom()), request(null, null),
                new Certificate.Issuer(9, "Made Petugas", "Staf", "51.04", "Dekranasda Kabupaten Gianyar"),
                new Certificate.Piece(5, "51.04", "Kain Endek", "Tenun Sari"), NOW);
    }

    @Test
    void aNewCertificateIsValidAndRemembersItWasIssued() {
        CertificateView view = certificate().toView();
        assertThat(view.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(view.steps()).extracting(CertificateView.Step::kind).containsExactly("ISSUED");
        assertThat(view.isEditionPiece()).isFalse();
    }

    @Test
    void itPassesToTheBuyerOnceAndBackWhenThatSaleIsCancelled() {
        Certificate certificate = certificate();
        assertThat(certificate.transferTo(77, 31L, "Sarah Thompson", NOW)).isTrue();
        assertThat(certificate.transferTo(77, 31L, "Sarah Thompson", NOW)).as("the same news again").isFalse();
        assertThat(certificate.toView().ownerNamePublic()).as("not shown until the buyer agrees").isFalse();
        assertThatThrownBy(() -> certificate.transferTo(78, 32L, "Someone Else", NOW))
                .isInstanceOf(CertificateRuleException.class);

        assertThat(certificate.undoTransfer(78, NOW)).as("another sale's cancellation").isFalse();
        assertThat(certificate.undoTransfer(77, NOW)).isTrue();
        CertificateView back = certificate.toView();
        assertThat(back.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(back.ownerName()).isNull();
        assertThat(back.steps()).extracting(CertificateView.Step::kind)
                .containsExactly("ISSUED", "TRANSFERRED", "TRANSFER_UNDONE");
    }

    @Test
    void aRevokedCertificateIsNeverValidAgain() {
        Certificate certificate = certificate();
        certificate.transferTo(77, 31L, "Sarah Thompson", NOW);
        certificate.revoke(9, "Perak ternyata bukan 925 setelah diuji ulang.", NOW);

        assertThat(certificate.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificate.status().stands()).isFalse();
        assertThatThrownBy(() -> certificate.revoke(9, "Dicabut sekali lagi, katanya.", NOW))
                .isInstanceOf(CertificateRuleException.class);
        assertThat(certificate.undoTransfer(77, NOW)).as("a cancelled sale does not revive it").isFalse();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThatThrownBy(() -> certificate.transferTo(79, 33L, "Next Buyer", NOW))
                .isInstanceOf(CertificateRuleException.class);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void revokingNeedsAReasonOfTenToFiveHundredCharacters() {
        Certificate certificate = certificate();
        assertThatThrownBy(() -> certificate.revoke(9, "palsu", NOW)).isInstanceOf(CertificateRuleException.class);
        assertThatThrownBy(() -> certificate.revoke(9, "x".repeat(501), NOW)).isInstanceOf(CertificateRuleException.class);
        assertThatThrownBy(() -> certificate.revoke(9, null, NOW)).isInstanceOf(CertificateRuleException.class);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void onlyTheHolderChoosesWhetherTheirNameShows() {
        Certificate certificate = certificate();
        assertThatThrownBy(() -> certificate.showOwnerName(31, true)).isInstanceOf(CertificateNotFoundException.class);
        certificate.transferTo(77, 31L, "Sarah Thompson", NOW);
        assertThatThrownBy(() -> certificate.showOwnerName(32, true)).isInstanceOf(CertificateNotFoundException.class);
        certificate.showOwnerName(31, true);
        assertThat(certificate.toView().ownerNamePublic()).isTrue();
    }

    @Test
    void whatIsStatedOutOfRangeNeverReachesTheTable() {
        CertificateRequest numberPastSize = request(11, 10);
        assertThatThrownBy(() -> new Certificate(CertificateCode.random(new SecureRandom()), numberPastSize,
                new Certificate.Issuer(9, "Made", "Staf", "51.04", "Dekranasda"),
                new Certificate.Piece(5, "51.04", "Kain", "Tenun"), NOW)).isInstanceOf(IllegalArgumentException.class);
        CertificateRequest inspectedNextWeek = new CertificateRequest(1, "Ni Luh", Technique.TENUN_IKAT_ATBM, null,
                List.of(new MaterialCheck("Sutra", "diperiksa")), null, null, null, null, LocalDate.of(2026, 6, 8),
                List.of(new PhotoId(UUID.randomUUID())), null);
        assertThatThrownBy(() -> new Certificate(CertificateCode.random(new SecureRandom()), inspectedNextWeek,
                new Certificate.Issuer(9, "Made", "Staf", "51.04", "Dekranasda"),
                new Certificate.Piece(5, "51.04", "Kain", "Tenun"), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
