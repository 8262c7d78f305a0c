package id.kriya.artisan.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NibTests {

    @Test
    void acceptsThirteenDigits() {
        assertThat(Nib.isValid("9120001234567")).isTrue();
        assertThat(Nib.isValid("0120001234567")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"912000123456", "91200012345678", "912000123456A", "9120-00123456", " 9120001234567",
            "0000000000000", "９１２０００１２３４５６７"})
    void refusesAnythingButThirteenDigitsNotAllZero(String nib) {
        assertThat(Nib.isValid(nib)).isFalse();
    }
}
