package id.kriya.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackingNumberTests {

    @Test
    void keepsLettersAndDigitsAsTheArtisanTypedThem() {
        assertThat(TrackingNumber.of(Courier.JNE, " 0123 4567-8901 ").value()).isEqualTo("012345678901");
        assertThat(TrackingNumber.of(Courier.JNT, "jp1234567890").value()).isEqualTo("JP1234567890");
        assertThat(TrackingNumber.of(Courier.SICEPAT, "002345678901").value()).isEqualTo("002345678901");
        assertThat(TrackingNumber.of(Courier.POS_INDONESIA, "P2311010012345").value()).isEqualTo("P2311010012345");
    }

    @Test
    void internationalNumbersCarryTheirCheckDigit() {
        assertThat(TrackingNumber.of(Courier.EMS, "EE123456785ID").value()).isEqualTo("EE123456785ID");
        assertThat(TrackingNumber.problem(Courier.EMS, "EE123456784ID")).contains("shipping.tracking.checkDigit");
        assertThat(TrackingNumber.problem(Courier.POS_EKSPOR, "1234567890")).contains("shipping.tracking.invalid.POS_EKSPOR");
    }

    @Test
    void saysWhatIsWrongWithANumber() {
        assertThat(TrackingNumber.problem(Courier.JNE, "  ")).contains("shipping.tracking.blank");
        assertThat(TrackingNumber.problem(Courier.JNE, "<script>")).contains("shipping.tracking.invalid");
        assertThat(TrackingNumber.problem(Courier.SICEPAT, "00123456789")).contains("shipping.tracking.invalid.SICEPAT");
        assertThat(TrackingNumber.problem(Courier.JNT, "A".repeat(31))).contains("shipping.tracking.invalid");
        assertThat(TrackingNumber.problem(null, "012345678901")).contains("shipping.tracking.noCourier");
        assertThatThrownBy(() -> TrackingNumber.of(Courier.JNE, "123"))
                .isInstanceOfSatisfying(InvalidTrackingNumberException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("shipping.tracking.invalid"));
    }

    @Test
    void theBuyerFollowsTheParcelOnTheCouriersPage() {
        ShippingRates rates = new ShippingRates(null, null, null);

        assertThat(rates.trackingUrl(Courier.JNE, TrackingNumber.of(Courier.JNE, "012345678901")))
                .startsWith("https://www.jne.co.id/").endsWith("012345678901");
        assertThat(rates.trackingUrl(Courier.JNT, TrackingNumber.of(Courier.JNT, "JP1234567890"))).contains("jet.co.id");
        assertThat(rates.trackingUrl(Courier.SICEPAT, TrackingNumber.of(Courier.SICEPAT, "002345678901"))).contains("sicepat.com");
        assertThat(rates.trackingUrl(Courier.EMS, TrackingNumber.of(Courier.EMS, "EE123456785ID")))
                .contains("posindonesia.co.id").endsWith("EE123456785ID");
    }
}
