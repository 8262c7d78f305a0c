package id.kriya.artisan;

import java.util.Set;

import id.kriya.artisan.certification.Certification;
import org.springframework.modulith.NamedInterface;

/**
 * What an owner states about their business, already checked and normalised by the caller (WhatsApp as
 * {@code +62…}, NIB as 13 digits); the service checks again what the database alone cannot (NIB uniqueness).
 * The NIB, the year founded and the number of workers may be null: a new business may register before it has an
 * NIB (it is free from OSS, oss.go.id) and add them later.
 */
@NamedInterface("api")
public record BusinessDetails(String name, String ownerName, String whatsApp, String email, String regionCode,
                              String village, String address, Set<Craft> crafts, Integer foundedYear, Integer workers,
                              String story, String nib, Set<Certification> certifications) {

    public BusinessDetails {
        crafts = Set.copyOf(crafts);
        certifications = Set.copyOf(certifications);
    }
}
