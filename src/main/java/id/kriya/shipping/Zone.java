package id.kriya.shipping;

import java.util.Locale;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * How far a parcel travels, as courier rate cards price it: five zones at home, from the artisan's regency
 * outwards, and five regions abroad.
 */
@NamedInterface("api")
public enum Zone {
    /** The same regency or city. */
    LOCAL(false),
    /** Another regency of the same province. */
    PROVINCE(false),
    /** The same island group, or between Java and Bali–Nusa Tenggara, the busiest corridor. */
    NEAR(false),
    /** Another island group. */
    FAR(false),
    /** Maluku and Papua from elsewhere, or the other way round. */
    REMOTE(false),
    ASEAN(true),
    ASIA_PACIFIC(true),
    EUROPE(true),
    AMERICAS(true),
    REST_OF_WORLD(true);

    private static final Set<String> ASEAN_COUNTRIES = Set.of("SG", "MY", "TH", "PH", "VN", "BN", "KH", "LA", "MM", "TL");
    private static final Set<String> ASIA_PACIFIC_COUNTRIES = Set.of("AU", "NZ", "JP", "KR", "CN", "HK", "TW", "MO",
            "IN", "PG", "FJ", "NC", "PF", "LK", "BD", "NP", "PK", "MN");
    private static final Set<String> EUROPE_COUNTRIES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "GB", "CH", "NO", "IS", "LI", "MC", "AD", "SM");
    private static final Set<String> AMERICAS_COUNTRIES = Set.of("US", "CA", "MX", "BR", "AR", "CL", "CO", "PE",
            "UY", "EC", "CR", "PA");

    private final boolean abroad;

    Zone(boolean abroad) {
        this.abroad = abroad;
    }

    public boolean isAbroad() {
        return abroad;
    }

    /** The zone from an artisan's regency to a regency in Indonesia (both as "51.04"-style codes). */
    public static Zone between(String originRegency, String destinationRegency) {
        Province from = Province.of(originRegency).orElseThrow(() -> new IllegalArgumentException(originRegency));
        Province to = Province.of(destinationRegency).orElseThrow(() -> new IllegalArgumentException(destinationRegency));
        if (from == to) {
            return originRegency.equals(destinationRegency) ? LOCAL : PROVINCE;
        }
        if (from.island() == Province.Island.MALUKU_PAPUA ^ to.island() == Province.Island.MALUKU_PAPUA) {
            return REMOTE;
        }
        if (from.island() == to.island() || corridor(from.island(), to.island())) {
            return NEAR;
        }
        return FAR;
    }

    private static boolean corridor(Province.Island a, Province.Island b) {
        return Set.of(a, b).equals(Set.of(Province.Island.JAWA, Province.Island.BALI_NUSA_TENGGARA));
    }

    /** The region abroad of a country (ISO 3166 alpha-2 code); Indonesia itself is no region abroad. */
    public static Zone abroad(String countryCode) {
        String country = countryCode.toUpperCase(Locale.ROOT);
        if (country.equals("ID")) {
            throw new IllegalArgumentException("Indonesia is not abroad");
        }
        if (ASEAN_COUNTRIES.contains(country)) {
            return ASEAN;
        }
        if (ASIA_PACIFIC_COUNTRIES.contains(country)) {
            return ASIA_PACIFIC;
        }
        if (EUROPE_COUNTRIES.contains(country)) {
            return EUROPE;
        }
        if (AMERICAS_COUNTRIES.contains(country)) {
            return AMERICAS;
        }
        return REST_OF_WORLD;
    }
}
