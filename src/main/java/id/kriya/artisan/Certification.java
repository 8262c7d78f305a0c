package id.kriya.artisan;

/** A certification held, with the number printed on its certificate. */
public record Certification(CertificationType type, String number) {
}
