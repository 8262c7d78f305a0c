package id.kriya.shipping;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * Where a parcel goes: a country (ISO 3166 alpha-2, {@code "ID"} for Indonesia) and, at home, a regency code such as
 * {@code "51.04"} when it is known or just a province code such as {@code "31"}. Abroad there is no region code.
 */
@NamedInterface("api")
public record Destination(String countryCode, String regionCode) {

    public static final String HOME = "ID";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern REGION = Pattern.compile("[0-9]{2}(\\.[0-9]{2})?");

    public Destination {
        if (countryCode == null || countryCode.isBlank()) {
            throw new IllegalArgumentException("A destination has a country");
        }
        countryCode = countryCode.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(countryCode)) {
            throw new IllegalArgumentException("Unknown country " + countryCode);
        }
        if (HOME.equals(countryCode)) {
            regionCode = regionCode == null ? null : regionCode.strip();
            if (regionCode == null || !REGION.matcher(regionCode).matches() || Province.of(regionCode).isEmpty()) {
                throw new IllegalArgumentException("Unknown province or regency " + regionCode);
            }
        } else if (regionCode != null && !regionCode.isBlank()) {
            throw new IllegalArgumentException("Region codes are Indonesian; abroad there is none");
        } else {
            regionCode = null;
        }
    }

    /** A regency ("51.71") or a province ("31") in Indonesia. */
    public static Destination home(String regionCode) {
        return new Destination(HOME, regionCode);
    }

    /** A country other than Indonesia. */
    public static Destination abroad(String countryCode) {
        Destination destination = new Destination(countryCode, null);
        if (destination.isHome()) {
            throw new IllegalArgumentException("Indonesia is not abroad");
        }
        return destination;
    }

    public boolean isHome() {
        return HOME.equals(countryCode);
    }

    /** The zone a parcel from this regency travels to get here. */
    public Zone zoneFrom(String originRegency) {
        return isHome() ? Zone.between(originRegency, regionCode) : Zone.abroad(countryCode);
    }
}
