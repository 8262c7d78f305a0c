package id.kriya.artisan.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WhatsAppNumbersTests {

    @ParameterizedTest
    @ValueSource(strings = {"081234567890", "+6281234567890", "6281234567890", "0812 3456 7890", "0812-3456-7890",
            "+62 812-3456-7890", " 0812.3456.7890 ", "(0812) 3456 7890"})
    void normalisesTheWaysPeopleWriteAMobileNumber(String input) {
        assertThat(WhatsAppNumbers.normalise(input)).contains("+6281234567890");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0361 123456", "+65 8123 4567", "812345678", "08123", "0812345678901234", "0812abc45678",
            "+6202112345678", "0801234567", "nomor saya", "++6281234567890"})
    void refusesLandlinesForeignNumbersAndNonsense(String input) {
        assertThat(WhatsAppNumbers.normalise(input)).isEmpty();
    }
}
