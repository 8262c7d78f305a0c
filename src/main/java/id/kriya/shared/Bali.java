package id.kriya.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Bali's time (WITA, UTC+8): the day a sale, a stage or a deadline falls on is Bali's day, wherever Kriya runs. */
public final class Bali {

    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private Bali() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
