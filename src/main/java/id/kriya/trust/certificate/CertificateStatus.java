package id.kriya.trust.certificate;

/** Where a certificate stands; labels come from the bundle as {@code trust.certificate.status.<NAME>}. */
public enum CertificateStatus {
    /** Issued, the piece not yet sold through Kriya. */
    VALID,
    /** Still valid, and passed to the buyer who paid for the piece. */
    TRANSFERRED,
    /** Withdrawn by the council, with a reason; never valid again. */
    REVOKED;

    /** Valid or transferred: the certificate stands for the piece. */
    public boolean stands() {
        return this != REVOKED;
    }

    public String messageKey() {
        return "trust.certificate.status." + name();
    }
}
