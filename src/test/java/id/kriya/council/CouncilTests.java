package id.kriya.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CouncilTests {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void provinceTakesOnlyItsOwnRegenciesAndCities() {
        Council bali = Council.province("51", "Dekranasda Provinsi Bali", "Bali", NOW);

        assertThat(bali.area("51.04", "Dekranasda Kabupaten Gianyar", "Gianyar", CouncilKind.REGENCY, NOW).code())
                .isEqualTo("51.04");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> bali.area("35.19", "Dekranasda Kabupaten Madiun", "Madiun", CouncilKind.REGENCY, NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> bali.area("51.04", "Dekranasda Gianyar", "Gianyar", CouncilKind.PROVINCE, NOW));
    }

    @Test
    void regencyHasNoAreasOfItsOwn() {
        Council bali = Council.province("51", "Dekranasda Provinsi Bali", "Bali", NOW);
        Council gianyar = bali.area("51.04", "Dekranasda Kabupaten Gianyar", "Gianyar", CouncilKind.REGENCY, NOW);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> gianyar.area("51.05", "Dekranasda Kabupaten Klungkung", "Klungkung", CouncilKind.REGENCY, NOW));
    }

    @Test
    void refusesMalformedProvinceCodeAndNamesThatDoNotFit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Council.province("5", "Dekranasda", "Bali", NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> Council.province("51.04", "Dekranasda", "Bali", NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> Council.province("35", " ", "Jawa Timur", NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Council.province("35", "D".repeat(121), "Jawa Timur", NOW));
    }

    @Test
    void officerNeedsAPositionThatFits() {
        Officer officer = new Officer(1, 2, "  Ketua ", NOW);

        assertThat(officer.position()).isEqualTo("Ketua");
        assertThatIllegalArgumentException().isThrownBy(() -> officer.moveTo(3, " "));
        assertThatIllegalArgumentException().isThrownBy(() -> new Officer(1, 2, "x".repeat(81), NOW));
    }
}
