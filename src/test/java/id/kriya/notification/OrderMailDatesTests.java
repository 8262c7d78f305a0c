package id.kriya.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class OrderMailDatesTests {

    static final Instant SEVENTH_OF_DECEMBER_EVENING_IN_BALI = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void anIndonesianMailNamesTheMonthInIndonesian() {
        assertThat(OrderMails.when(SEVENTH_OF_DECEMBER_EVENING_IN_BALI, Locale.forLanguageTag("id")))
                .isEqualTo("7 Des 2026 18:00 WITA");
        assertThat(OrderMails.when(Instant.parse("2026-08-17T02:00:00Z"), Locale.forLanguageTag("in")))
                .isEqualTo("17 Agu 2026 10:00 WITA");
    }

    @Test
    void anEnglishMailNamesItInEnglishAndNoLanguageMeansIndonesian() {
        assertThat(OrderMails.when(SEVENTH_OF_DECEMBER_EVENING_IN_BALI, Locale.ENGLISH)).isEqualTo("7 Dec 2026 18:00 WITA");
        assertThat(OrderMails.when(SEVENTH_OF_DECEMBER_EVENING_IN_BALI, null)).isEqualTo("7 Des 2026 18:00 WITA");
    }
}
