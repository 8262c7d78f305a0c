package id.kriya.shipping;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * Indonesia's 38 provinces with their codes from the Ministry of Home Affairs (Kemendagri), which also start every
 * regency code ("51.04" is in Bali), and the island group each belongs to, which decides a shipping zone.
 */
@NamedInterface("api")
public enum Province {
    ACEH("11", "Aceh", Island.SUMATERA),
    SUMATERA_UTARA("12", "Sumatera Utara", Island.SUMATERA),
    SUMATERA_BARAT("13", "Sumatera Barat", Island.SUMATERA),
    RIAU("14", "Riau", Island.SUMATERA),
    JAMBI("15", "Jambi", Island.SUMATERA),
    SUMATERA_SELATAN("16", "Sumatera Selatan", Island.SUMATERA),
    BENGKULU("17", "Bengkulu", Island.SUMATERA),
    LAMPUNG("18", "Lampung", Island.SUMATERA),
    BANGKA_BELITUNG("19", "Kepulauan Bangka Belitung", Island.SUMATERA),
    KEPULAUAN_RIAU("21", "Kepulauan Riau", Island.SUMATERA),
    DKI_JAKARTA("31", "DKI Jakarta", Island.JAWA),
    JAWA_BARAT("32", "Jawa Barat", Island.JAWA),
    JAWA_TENGAH("33", "Jawa Tengah", Island.JAWA),
    DI_YOGYAKARTA("34", "DI Yogyakarta", Island.JAWA),
    JAWA_TIMUR("35", "Jawa Timur", Island.JAWA),
    BANTEN("36", "Banten", Island.JAWA),
    BALI("51", "Bali", Island.BALI_NUSA_TENGGARA),
    NUSA_TENGGARA_BARAT("52", "Nusa Tenggara Barat", Island.BALI_NUSA_TENGGARA),
    NUSA_TENGGARA_TIMUR("53", "Nusa Tenggara Timur", Island.BALI_NUSA_TENGGARA),
    KALIMANTAN_BARAT("61", "Kalimantan Barat", Island.KALIMANTAN),
    KALIMANTAN_TENGAH("62", "Kalimantan Tengah", Island.KALIMANTAN),
    KALIMANTAN_SELATAN("63", "Kalimantan Selatan", Island.KALIMANTAN),
    KALIMANTAN_TIMUR("64", "Kalimantan Timur", Island.KALIMANTAN),
    KALIMANTAN_UTARA("65", "Kalimantan Utara", Island.KALIMANTAN),
    SULAWESI_UTARA("71", "Sulawesi Utara", Island.SULAWESI),
    SULAWESI_TENGAH("72", "Sulawesi Tengah", Island.SULAWESI),
    SULAWESI_SELATAN("73", "Sulawesi Selatan", Island.SULAWESI),
    SULAWESI_TENGGARA("74", "Sulawesi Tenggara", Island.SULAWESI),
    GORONTALO("75", "Gorontalo", Island.SULAWESI),
    SULAWESI_BARAT("76", "Sulawesi Barat", Island.SULAWESI),
    MALUKU("81", "Maluku", Island.MALUKU_PAPUA),
    MALUKU_UTARA("82", "Maluku Utara", Island.MALUKU_PAPUA),
    PAPUA("91", "Papua", Island.MALUKU_PAPUA),
    PAPUA_BARAT("92", "Papua Barat", Island.MALUKU_PAPUA),
    PAPUA_SELATAN("93", "Papua Selatan", Island.MALUKU_PAPUA),
    PAPUA_TENGAH("94", "Papua Tengah", Island.MALUKU_PAPUA),
    PAPUA_PEGUNUNGAN("95", "Papua Pegunungan", Island.MALUKU_PAPUA),
    PAPUA_BARAT_DAYA("96", "Papua Barat Daya", Island.MALUKU_PAPUA);

    enum Island { SUMATERA, JAWA, BALI_NUSA_TENGGARA, KALIMANTAN, SULAWESI, MALUKU_PAPUA }

    private final String code;
    private final String displayName;
    private final Island island;

    Province(String code, String displayName, Island island) {
        this.code = code;
        this.displayName = displayName;
        this.island = island;
    }

    public String code() {
        return code;
    }

    /** The province's own name, the same in both languages. */
    public String displayName() {
        return displayName;
    }

    Island island() {
        return island;
    }

    /** The province of a province code ("51") or of a regency code ("51.04"). */
    public static Optional<Province> of(String code) {
        if (code == null || code.length() < 2) {
            return Optional.empty();
        }
        String province = code.substring(0, 2);
        return Arrays.stream(values()).filter(p -> p.code.equals(province)).findFirst();
    }
}
