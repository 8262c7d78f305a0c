package id.kriya.payment;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * What a bank abroad needs, beside the account number and holder, to send a transfer to an Indonesian account: the
 * bank's SWIFT/BIC code (ISO 9362: four letters for the bank, two for its country, two letters or digits for the
 * place, optionally three for the branch) and address, and the holder's (beneficiary's) address.
 */
@NamedInterface("api")
public record ForeignTransfer(String swift, String bankAddress, String holderAddress) {

    public static final int MAX_ADDRESS = 300;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public ForeignTransfer {
        swift = normalised(swift);
        if (swiftProblem(swift).isPresent()) {
            throw new IllegalArgumentException("Not a SWIFT/BIC code of an Indonesian bank: " + swift);
        }
        bankAddress = blankToNull(bankAddress);
        holderAddress = blankToNull(holderAddress);
        if ((bankAddress != null && bankAddress.length() > MAX_ADDRESS)
                || (holderAddress != null && holderAddress.length() > MAX_ADDRESS)) {
            throw new IllegalArgumentException("An address of at most " + MAX_ADDRESS + " characters");
        }
    }

    /** "bpda idj a" as "BPDAIDJA": the code as banks print it, spaces dropped, in capitals. */
    public static String normalised(String swift) {
        return swift == null ? null : swift.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /**
     * What is wrong with a (normalised) SWIFT/BIC code for an account in Indonesia, as a message key; empty when it is
     * well formed. The accounts Kriya takes are at Indonesian banks, so its country part is ID.
     */
    public static Optional<String> swiftProblem(String swift) {
        if (swift == null || (swift.length() != 8 && swift.length() != 11)) {
            return Optional.of("payment.bank.swift.length");
        }
        if (!swift.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            return Optional.of("payment.bank.swift.format");
        }
        String country = swift.substring(4, 6);
        if (!COUNTRIES.contains(country)) {
            return Optional.of("payment.bank.swift.country");
        }
        if (!"ID".equals(country)) {
            return Optional.of("payment.bank.swift.notIndonesia");
        }
        return Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
