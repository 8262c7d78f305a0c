package id.kriya.shipping;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * A courier's tracking number (resi), as the artisan types it when shipping: spaces and dashes dropped, letters in
 * capitals, then checked against the courier's format. EMS and Pos Ekspor use the Universal Postal Union's S10
 * numbers ({@code EE123456785ID}), whose ninth digit checks the eight before it.
 */
@NamedInterface("api")
public record TrackingNumber(String value) {

    static final Pattern ANY = Pattern.compile("[A-Z0-9]{8,30}");
    static final Pattern JNE = Pattern.compile("[A-Z0-9]{10,16}");
    static final Pattern JNT = Pattern.compile("[A-Z]{0,2}[0-9]{10,13}");
    static final Pattern SICEPAT = Pattern.compile("[0-9]{12}");
    static final Pattern S10 = Pattern.compile("[A-Z]{2}[0-9]{9}[A-Z]{2}");
    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    public TrackingNumber {
        if (value == null || !ANY.matcher(value).matches()) {
            throw new InvalidTrackingNumberException("shipping.tracking.invalid");
        }
    }

    /** The number as typed for this courier; throws with a message key that says what is wrong. */
    public static TrackingNumber of(Courier courier, String typed) {
        return new TrackingNumber(check(courier, typed));
    }

    /** The message key that says what is wrong with this number for this courier, or empty when it is fine. */
    public static Optional<String> problem(Courier courier, String typed) {
        try {
            check(courier, typed);
            return Optional.empty();
        } catch (InvalidTrackingNumberException e) {
            return Optional.of(e.messageKey());
        }
    }

    private static String check(Courier courier, String typed) {
        if (courier == null) {
            throw new InvalidTrackingNumberException("shipping.tracking.noCourier");
        }
        String number = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw new InvalidTrackingNumberException("shipping.tracking.blank");
        }
        if (!ANY.matcher(number).matches()) {
            throw new InvalidTrackingNumberException("shipping.tracking.invalid");
        }
        Pattern format = switch (courier) {
            case JNE -> JNE;
            case JNT -> JNT;
            case SICEPAT -> SICEPAT;
            case POS_INDONESIA -> ANY;
            case EMS, POS_EKSPOR -> S10;
        };
        if (!format.matcher(number).matches()) {
            throw new InvalidTrackingNumberException("shipping.tracking.invalid." + courier.name());
        }
        if (format == S10 && !s10CheckDigitHolds(number)) {
            throw new InvalidTrackingNumberException("shipping.tracking.checkDigit");
        }
        return number;
    }

    static boolean s10CheckDigitHolds(String number) {
        int sum = 0;
        for (int i = 0; i < S10_WEIGHTS.length; i++) {
            sum += (number.charAt(2 + i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        int expected = check == 10 ? 0 : check == 11 ? 5 : check;
        return number.charAt(10) - '0' == expected;
    }

    @Override
    public String toString() {
        return value;
    }
}
