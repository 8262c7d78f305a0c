package id.kriya.artisan;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.kriya.artisan.certification.Certification;
import id.kriya.artisan.certification.CertificationType;
import org.springframework.modulith.NamedInterface;

/**
 * Everything a business states, with where it stands; public pages show only verified ones. {@code version} changes
 * with every edit, so a review can prove it concerns the details the officer read.
 */
@NamedInterface("api")
public record ArtisanProfile(long id, String slug, String name, String ownerName, String whatsApp, String email,
                             String regionCode, String village, String address, Set<Craft> crafts, Integer foundedYear,
                             Integer workers, String story, String nib, List<Certification> certifications,
                             BusinessStatus status, String rejectionReason, Instant registeredAt, Instant reviewedAt,
                             long version) {

    /** The number in the form wa.me wants: digits only, country code first. */
    public String whatsAppDigits() {
        return whatsApp.replaceAll("[^0-9]", "");
    }

    /** Whether the business has stated its NIB yet (it may register without one). */
    public boolean hasNib() {
        return nib != null;
    }

    public boolean holds(CertificationType type) {
        return certifications.stream().anyMatch(certification -> certification.type() == type);
    }

    public String certificationNumber(CertificationType type) {
        return certifications.stream().filter(certification -> certification.type() == type)
                .map(Certification::number).findFirst().orElse(null);
    }
}
