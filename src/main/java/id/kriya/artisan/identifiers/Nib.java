package id.kriya.artisan.identifiers;

import java.util.regex.Pattern;

/** Nomor Induk Berusaha, the business id issued through OSS: exactly 13 digits, and never the all-zero filler. */
public final class Nib {

    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("[0-9]{13}");

    private Nib() {
    }

    public static boolean isValid(String nib) {
        return nib != null && THIRTEEN_DIGITS.matcher(nib).matches() && !nib.chars().allMatch(c -> c == '0');
    }
}
