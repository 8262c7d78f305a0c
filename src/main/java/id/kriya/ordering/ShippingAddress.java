package id.kriya.ordering;

import java.util.Locale;
import java.util.Set;

import id.kriya.shipping.Province;
import org.springframework.modulith.NamedInterface;

/**
 * Where an order goes, as the buyer wrote it: in Indonesia a region code (a regency such as "51.71", or only the
 * province such as "31"), the city or regency by name, the district (kecamatan) and a five-digit postal code;
 * abroad the country (ISO code), free address lines and the postal code. The checkout form says what is wrong
 * field by field; this refuses whatever slips past it.
 */
@NamedInterface("api")
public record ShippingAddress(String country, String regionCode, String city, String district, String postalCode,
                              String lines) {

    public static final String INDONESIA = "ID";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public ShippingAddress {
        require(country != null && COUNTRIES.contains(country), "country");
        require(city != null && !city.isBlank() && city.length() <= 80, "city");
        require(lines != null && !lines.isBlank() && lines.length() <= 300, "lines");
        require(district == null || district.length() <= 80, "district");
        if (INDONESIA.equals(country)) {
            require(regionCode != null && regionCode.matches("\\d{2}(\\.\\d{2})?") && Province.of(regionCode).isPresent(),
                    "region");
            require(postalCode != null && postalCode.matches("\\d{5}"), "postalCode");
        } else {
            require(regionCode == null, "region");
            require(postalCode != null && postalCode.matches("[A-Za-z0-9 -]{2,12}"), "postalCode");
        }
    }

    /** The country's name in the reader's language. */
    public String countryName(Locale reader) {
        return new Locale("", country).getDisplayCountry(reader);
    }

    /** The address as it goes on a parcel or a receipt, one line under another. */
    public String asLines(Locale reader) {
        return lines + "\n" + (district == null ? "" : district + ", ") + city + " " + postalCode + "\n"
                + countryName(reader);
    }

    public boolean isAbroad() {
        return !INDONESIA.equals(country);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid address: " + what);
        }
    }
}
