package id.kriya.artisan.certification;

import org.springframework.modulith.NamedInterface;

/** A certification held, with the number printed on its certificate. */
@NamedInterface("api")
public record Certification(CertificationType type, String number) {
}
