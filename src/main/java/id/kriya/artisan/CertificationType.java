package id.kriya.artisan;

/** Certifications a business may hold; labels come from the bundle as {@code certification.<NAME>}. */
public enum CertificationType {
    HALAL, SNI, HAKI, GEOGRAPHICAL_INDICATION
}
