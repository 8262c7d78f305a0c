package id.kriya.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZoneTests {

    @Test
    void fromGianyarTheZonesWidenOutwards() {
        assertThat(Zone.between("51.04", "51.04")).isEqualTo(Zone.LOCAL);
        assertThat(Zone.between("51.04", "51.71")).isEqualTo(Zone.PROVINCE);
        assertThat(Zone.between("51.04", "53.71")).isEqualTo(Zone.NEAR);
        assertThat(Zone.between("51.04", "31.71")).isEqualTo(Zone.NEAR);
        assertThat(Zone.between("51.04", "12.71")).isEqualTo(Zone.FAR);
        assertThat(Zone.between("51.04", "91.71")).isEqualTo(Zone.REMOTE);
    }

    @Test
    void withinMalukuAndPapuaIsNotRemote() {
        assertThat(Zone.between("81.71", "91.71")).isEqualTo(Zone.NEAR);
    }

    @Test
    void countriesFallIntoRegionsAbroad() {
        assertThat(Zone.abroad("sg")).isEqualTo(Zone.ASEAN);
        assertThat(Zone.abroad("AU")).isEqualTo(Zone.ASIA_PACIFIC);
        assertThat(Zone.abroad("NL")).isEqualTo(Zone.EUROPE);
        assertThat(Zone.abroad("US")).isEqualTo(Zone.AMERICAS);
        assertThat(Zone.abroad("ZA")).isEqualTo(Zone.REST_OF_WORLD);
        assertThat(Zone.abroad("NL").isAbroad()).isTrue();
    }

    @Test
    void indonesiaIsNotAbroadAndUnknownProvincesAreRefused() {
        assertThatThrownBy(() -> Zone.abroad("ID")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Zone.between("51.04", "99.01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Province.values()).hasSize(38);
    }
}
