package id.kriya.trust.certificate;

/** An officer issued a certificate for a piece of this product. */
public record CertificateIssued(long certificateId, String code, long productId, long businessId, String regionCode,
                                long officerId) {
}
