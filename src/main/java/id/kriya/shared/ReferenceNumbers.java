package id.kriya.shared;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** References people read out and type: KR-251125-7F3K9Q, a prefix, the day in Bali and six letters nobody misreads. */
public final class ReferenceNumbers {

    private static final char[] LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumbers() {
    }

    public static String next(String prefix, LocalDate day) {
        StringBuilder number = new StringBuilder(prefix).append('-').append(DATE.format(day)).append('-');
        for (int i = 0; i < 6; i++) {
            number.append(LETTERS[RANDOM.nextInt(LETTERS.length)]);
        }
        return number.toString();
    }
}
