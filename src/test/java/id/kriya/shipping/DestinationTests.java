package id.kriya.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DestinationTests {

    @Test
    void aRegencyOrJustAProvinceAtHome() {
        assertThat(Destination.home("51.71").zoneFrom("51.04")).isEqualTo(Zone.PROVINCE);
        assertThat(Destination.home("31").zoneFrom("51.04")).isEqualTo(Zone.NEAR);
        assertThat(Destination.home(" 51.04 ").regionCode()).isEqualTo("51.04");
        assertThat(Destination.home("51.04").isHome()).isTrue();
    }

    @Test
    void aCountryAbroadWithoutARegion() {
        Destination netherlands = new Destination("nl", null);

        assertThat(netherlands.countryCode()).isEqualTo("NL");
        assertThat(netherlands.isHome()).isFalse();
        assertThat(netherlands.zoneFrom("51.04")).isEqualTo(Zone.EUROPE);
        assertThat(Destination.abroad("AU").zoneFrom("51.04")).isEqualTo(Zone.ASIA_PACIFIC);
    }

    @Test
    void refusesUnknownProvincesAndCountries() {
        assertThatThrownBy(() -> Destination.home("99.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Destination.home("Bali")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Destination.home(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Destination.abroad("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Destination.abroad("ID")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Destination("NL", "51.04")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Destination(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
