package id.kriya.trust.certificate;

/** An officer revoked a certificate, with the reason its public page now shows. */
public record CertificateRevoked(long certificateId, String code, long productId, long businessId, long officerId,
                                 String reason) {
}
