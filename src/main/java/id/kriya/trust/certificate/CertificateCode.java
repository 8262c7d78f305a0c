package id.kriya.trust.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's code: 16 characters of Crockford's base 32 (digits and capitals without I, L, O and U), 80 random
 * bits. Nobody finds a certificate by guessing one, and a person reading it off paper cannot confuse 0 with O or 1
 * with l: typed in any case, with or without the dashes, O read as 0 and I or L as 1, it is the same code. Written
 * in four groups of four, like {@code 7K3M-9QXD-2HVB-R4TP}.
 */
public record CertificateCode(String value) {

    public static final int LENGTH = 16;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{16}");
    /** Longer input than this is no code, however it is spelled; it is not even read. */
    private static final int MAX_TYPED = 40;

    public CertificateCode {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a certificate code");
        }
    }

    static CertificateCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new CertificateCode(code.toString());
    }

    /** A code as a person typed or a phone read it; empty when it cannot be one. */
    public static Optional<CertificateCode> parse(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return CANONICAL.matcher(compact).matches() ? Optional.of(new CertificateCode(compact)) : Optional.empty();
    }

    /** The code as printed and in addresses: four groups of four joined by dashes. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    /** The public page of the certificate, relative to the site. */
    public String verifyPath() {
        return "/verify/" + grouped();
    }

    @Override
    public String toString() {
        return grouped();
    }
}
