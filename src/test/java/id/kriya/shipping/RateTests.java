package id.kriya.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;

class RateTests {

    @Test
    void theFirstKilogramCostsItsOwnAndEachFurtherOneTheNextRate() {
        Rate jne = new Rate(Courier.JNE, Zone.NEAR, Rupiah.of(18_000), Rupiah.of(15_000), 2, 3);

        assertThat(jne.priceFor(1)).isEqualTo(Rupiah.of(18_000));
        assertThat(jne.priceFor(3)).isEqualTo(Rupiah.of(48_000));
    }

    @Test
    void aDomesticCourierDoesNotCarryAbroadNorTheOtherWayRound() {
        assertThatThrownBy(() -> new Rate(Courier.JNE, Zone.EUROPE, Rupiah.of(1), Rupiah.of(1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(Courier.EMS, Zone.LOCAL, Rupiah.of(1), Rupiah.of(1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportPapersGoByChargeableWeight() {
        assertThat(ExportPapers.forParcel(Zone.LOCAL, new Parcel(40_000, 1))).isEqualTo(ExportPapers.NONE);
        assertThat(ExportPapers.forParcel(Zone.EUROPE, new Parcel(30_000, 1))).isEqualTo(ExportPapers.CONSIGNMENT_NOTE);
        assertThat(ExportPapers.forParcel(Zone.EUROPE, new Parcel(30_001, 1))).isEqualTo(ExportPapers.EXPORT_DECLARATION);
        // Light but bulky: 200 × 100 × 10 cm is 33.3 kg by volume.
        assertThat(ExportPapers.forParcel(Zone.ASEAN, new Parcel(5_000, 200_000))).isEqualTo(ExportPapers.EXPORT_DECLARATION);
    }
}
