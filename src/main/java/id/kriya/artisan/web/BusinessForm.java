package id.kriya.artisan.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.BusinessDetails;
import id.kriya.artisan.Craft;
import id.kriya.artisan.certification.Certification;
import id.kriya.artisan.certification.CertificationType;
import id.kriya.artisan.identifiers.WhatsAppNumbers;
import id.kriya.shared.EmailAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What an owner types to register or edit a business. Formats that need more than an annotation (WhatsApp, NIB,
 * regency, year, certificate numbers) are checked by {@link BusinessFormValidator}.
 */
class BusinessForm {

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Size(max = 100)
    private String ownerName;

    @NotBlank
    @Size(max = 30)
    private String whatsApp;

    @NotBlank
    @EmailAddress
    private String email;

    @NotBlank
    private String regionCode;

    @NotBlank
    @Size(max = 80)
    private String village;

    @NotBlank
    @Size(max = 300)
    private String address;

    @NotEmpty
    private Set<Craft> crafts = EnumSet.noneOf(Craft.class);

    @Min(1900)
    private Integer foundedYear;

    @Min(1)
    @Max(10000)
    private Integer workers;

    @NotBlank
    @Size(max = 5000)
    private String story;

    /** Optional at registration: a business without one yet gets it free from OSS (oss.go.id). */
    private String nib;

    private boolean halal;
    @Size(max = 60)
    private String halalNumber;
    private boolean sni;
    @Size(max = 60)
    private String sniNumber;
    private boolean haki;
    @Size(max = 60)
    private String hakiNumber;
    private boolean geographicalIndication;
    @Size(max = 60)
    private String geographicalIndicationNumber;

    static BusinessForm of(ArtisanProfile profile) {
        BusinessForm form = new BusinessForm();
        form.name = profile.name();
        form.ownerName = profile.ownerName();
        form.whatsApp = profile.whatsApp();
        form.email = profile.email();
        form.regionCode = profile.regionCode();
        form.village = profile.village();
        form.address = profile.address();
        form.crafts = profile.crafts().isEmpty() ? EnumSet.noneOf(Craft.class) : EnumSet.copyOf(profile.crafts());
        form.foundedYear = profile.foundedYear();
        form.workers = profile.workers();
        form.story = profile.story();
        form.nib = profile.nib();
        form.halal = profile.holds(CertificationType.HALAL);
        form.halalNumber = profile.certificationNumber(CertificationType.HALAL);
        form.sni = profile.holds(CertificationType.SNI);
        form.sniNumber = profile.certificationNumber(CertificationType.SNI);
        form.haki = profile.holds(CertificationType.HAKI);
        form.hakiNumber = profile.certificationNumber(CertificationType.HAKI);
        form.geographicalIndication = profile.holds(CertificationType.GEOGRAPHICAL_INDICATION);
        form.geographicalIndicationNumber = profile.certificationNumber(CertificationType.GEOGRAPHICAL_INDICATION);
        return form;
    }

    /** Only called once the form validated, so the WhatsApp number normalises. */
    BusinessDetails toDetails() {
        return new BusinessDetails(name, ownerName, WhatsAppNumbers.normalise(whatsApp).orElseThrow(), email.strip(),
                regionCode, village, address, crafts, foundedYear, workers, story, nibOrNull(), certifications());
    }

    /** Ticked certifications with their numbers; an unticked box drops whatever number was typed. */
    Set<Certification> certifications() {
        Set<Certification> held = new HashSet<>();
        if (halal) {
            held.add(new Certification(CertificationType.HALAL, strip(halalNumber)));
        }
        if (sni) {
            held.add(new Certification(CertificationType.SNI, strip(sniNumber)));
        }
        if (haki) {
            held.add(new Certification(CertificationType.HAKI, strip(hakiNumber)));
        }
        if (geographicalIndication) {
            held.add(new Certification(CertificationType.GEOGRAPHICAL_INDICATION, strip(geographicalIndicationNumber)));
        }
        return held;
    }

    /** The NIB typed, or null when the field was left empty. */
    String nibOrNull() {
        return nib == null || nib.isBlank() ? null : nib.strip();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public String getWhatsApp() { return whatsApp; }
    public void setWhatsApp(String whatsApp) { this.whatsApp = whatsApp; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Set<Craft> getCrafts() { return crafts; }
    public void setCrafts(Set<Craft> crafts) { this.crafts = crafts == null ? EnumSet.noneOf(Craft.class) : crafts; }
    public Integer getFoundedYear() { return foundedYear; }
    public void setFoundedYear(Integer foundedYear) { this.foundedYear = foundedYear; }
    public Integer getWorkers() { return workers; }
    public void setWorkers(Integer workers) { this.workers = workers; }
    public String getStory() { return story; }
    public void setStory(String story) { this.story = story; }
    public String getNib() { return nib; }
    public void setNib(String nib) { this.nib = nib; }
    public boolean isHalal() { return halal; }
    public void setHalal(boolean halal) { this.halal = halal; }
    public String getHalalNumber() { return halalNumber; }
    public void setHalalNumber(String halalNumber) { this.halalNumber = halalNumber; }
    public boolean isSni() { return sni; }
    public void setSni(boolean sni) { this.sni = sni; }
    public String getSniNumber() { return sniNumber; }
    public void setSniNumber(String sniNumber) { this.sniNumber = sniNumber; }
    public boolean isHaki() { return haki; }
    public void setHaki(boolean haki) { this.haki = haki; }
    public String getHakiNumber() { return hakiNumber; }
    public void setHakiNumber(String hakiNumber) { this.hakiNumber = hakiNumber; }
    public boolean isGeographicalIndication() { return geographicalIndication; }
    public void setGeographicalIndication(boolean value) { this.geographicalIndication = value; }
    public String getGeographicalIndicationNumber() { return geographicalIndicationNumber; }
    public void setGeographicalIndicationNumber(String value) { this.geographicalIndicationNumber = value; }
}
