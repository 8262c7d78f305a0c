package id.kriya.artisan;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.kriya.artisan.certification.Certification;
import id.kriya.artisan.certification.CertificationType;
import id.kriya.artisan.identifiers.WhatsAppNumbers;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Test businesses: sensible Balinese defaults, unique name and NIB each time, changed only where a test cares.
 * Gives either the service's {@link BusinessDetails} or the registration form's parameters.
 */
public final class ArtisanMother {

    private String name = "Tenun Ikat " + token();
    private String ownerName = "Ni Luh Ayu Suartini";
    private String whatsApp = "0812-3456-7890";
    private String email = "usaha-" + token() + "@contoh.id";
    private String regionCode = "51.07";
    private String village = "Sidemen";
    private String address = "Banjar Tabola, Sidemen";
    private Set<Craft> crafts = EnumSet.of(Craft.TENUN_ENDEK, Craft.SONGKET);
    private int foundedYear = 1998;
    private int workers = 12;
    private String story = "Kami menenun endek dengan pewarna alam sejak tiga generasi.";
    private String nib = uniqueNib();
    private final Set<Certification> certifications = new HashSet<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();

    private ArtisanMother() {
    }

    public static ArtisanMother aBusiness() {
        return new ArtisanMother();
    }

    public static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Thirteen digits that never start with zero, so never all zeros, and almost surely unused. */
    public static String uniqueNib() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
    }

    public ArtisanMother named(String name) {
        this.name = name;
        return this;
    }

    public ArtisanMother ownedBy(String ownerName) {
        this.ownerName = ownerName;
        return this;
    }

    public ArtisanMother telling(String story) {
        this.story = story;
        return this;
    }

    public ArtisanMother in(String regionCode) {
        this.regionCode = regionCode;
        return this;
    }

    public ArtisanMother inVillage(String village) {
        this.village = village;
        return this;
    }

    public ArtisanMother practising(Craft... crafts) {
        this.crafts = EnumSet.of(crafts[0], crafts);
        return this;
    }

    public ArtisanMother withNib(String nib) {
        this.nib = nib;
        return this;
    }

    public ArtisanMother withWhatsApp(String whatsApp) {
        this.whatsApp = whatsApp;
        return this;
    }

    public ArtisanMother certified(CertificationType type, String number) {
        certifications.add(new Certification(type, number));
        return this;
    }

    public String name() {
        return name;
    }

    public String nib() {
        return nib;
    }

    public BusinessDetails details() {
        return new BusinessDetails(name, ownerName, WhatsAppNumbers.normalise(whatsApp).orElseThrow(), email,
                regionCode, village, address, crafts, foundedYear, workers, story, nib, certifications);
    }

    /** Types this value into one form field instead of the default, however wrong it is. */
    public ArtisanMother typing(String field, String value) {
        overrides.put(field, value);
        return this;
    }

    public ArtisanMother practisingNothing() {
        this.crafts = EnumSet.noneOf(Craft.class);
        return this;
    }

    /** The registration form's fields, as a browser would post them. */
    public MockHttpServletRequestBuilder asForm(MockHttpServletRequestBuilder request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("name", List.of(name));
        fields.put("ownerName", List.of(ownerName));
        fields.put("whatsApp", List.of(whatsApp));
        fields.put("email", List.of(email));
        fields.put("regionCode", List.of(regionCode));
        fields.put("village", List.of(village));
        fields.put("address", List.of(address));
        fields.put("foundedYear", List.of(String.valueOf(foundedYear)));
        fields.put("workers", List.of(String.valueOf(workers)));
        fields.put("story", List.of(story));
        fields.put("nib", List.of(nib));
        fields.put("crafts", crafts.stream().map(Craft::name).toList());
        for (Certification certification : certifications) {
            String field = switch (certification.type()) {
                case HALAL -> "halal";
                case SNI -> "sni";
                case HAKI -> "haki";
                case GEOGRAPHICAL_INDICATION -> "geographicalIndication";
            };
            fields.put(field, List.of("true"));
            fields.put(field + "Number", List.of(certification.number()));
        }
        overrides.forEach((field, value) -> fields.put(field, List.of(value)));
        fields.forEach((field, values) -> values.forEach(value -> request.param(field, value)));
        return request;
    }
}
