package id.kriya.trust.certificate;

/**
 * A certificate passed to the buyer who paid for its piece ({@code buyerUserId} null for a guest), or back to the
 * artisan when that sale was cancelled ({@code undone}).
 */
public record CertificateTransferred(long certificateId, String code, long productId, long orderId,
                                     Long buyerUserId, boolean undone) {
}
