package id.kriya.artisan.certification;

import org.springframework.modulith.NamedInterface;

/** Certifications a business may hold; labels come from the bundle as {@code certification.<NAME>}. */
@NamedInterface("api")
public enum CertificationType {
    HALAL, SNI, HAKI, GEOGRAPHICAL_INDICATION
}
