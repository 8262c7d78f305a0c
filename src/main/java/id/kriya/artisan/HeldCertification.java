package id.kriya.artisan;

import java.util.Objects;

import id.kriya.artisan.certification.Certification;
import id.kriya.artisan.certification.CertificationType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A certification as a business row keeps it. */
@Embeddable
class HeldCertification {

    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    private CertificationType type;

    @Column(name = "number")
    private String number;

    protected HeldCertification() {
    }

    HeldCertification(Certification certification) {
        this.type = certification.type();
        this.number = certification.number().strip();
    }

    Certification toCertification() {
        return new Certification(type, number);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeldCertification held && held.type == type && Objects.equals(held.number, number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, number);
    }
}
