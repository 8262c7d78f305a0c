package id.kriya.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RupiahTests {

    @Test
    void writesThousandsWithDotsAsIndonesiansDo() {
        assertThat(Rupiah.of(1_250_000).formatted()).isEqualTo("Rp1.250.000");
        assertThat(Rupiah.of(500).formatted()).isEqualTo("Rp500");
        assertThat(Rupiah.of(1_000).formatted()).isEqualTo("Rp1.000");
        assertThat(Rupiah.of(1_000_000_000).formatted()).isEqualTo("Rp1.000.000.000");
        assertThat(Rupiah.ZERO.formatted()).isEqualTo("Rp0");
        assertThat(Rupiah.of(-5_000).formatted()).isEqualTo("-Rp5.000");
    }

    @Test
    void convertsToAForeignCurrencyWithTwoDecimals() {
        assertThat(Rupiah.of(1_250_000).in(new BigDecimal("16000"))).isEqualByComparingTo("78.13");
    }

    @Test
    void addsAndMultipliesWithoutSilentOverflow() {
        assertThat(Rupiah.of(1_000).plus(Rupiah.of(250)).times(3)).isEqualTo(Rupiah.of(3_750));
        assertThatThrownBy(() -> Rupiah.of(Long.MAX_VALUE).plus(Rupiah.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesByAmount() {
        assertThat(Rupiah.of(1).isPositive()).isTrue();
        assertThat(Rupiah.ZERO.isPositive()).isFalse();
        assertThat(Rupiah.of(10).isAtMost(Rupiah.of(10))).isTrue();
        assertThat(Rupiah.of(11).compareTo(Rupiah.of(10))).isPositive();
    }
}
