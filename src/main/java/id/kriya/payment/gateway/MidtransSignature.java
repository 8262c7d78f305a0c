package id.kriya.payment.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Midtrans signs each notification with {@code signature_key} = hex SHA-512 of order_id + status_code +
 * gross_amount + the merchant's server key. Only Midtrans and Kriya know the key, so only they can sign.
 */
public final class MidtransSignature {

    private MidtransSignature() {
    }

    public static String of(String orderId, String statusCode, String grossAmount, String serverKey) {
        try {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            byte[] digest = sha512.digest((orderId + statusCode + grossAmount + serverKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-512", e);
        }
    }

    /** True when the notification carries the signature its fields and the key make; compared in constant time. */
    public static boolean matches(MidtransNotification notification, String serverKey) {
        if (notification.signatureKey() == null || notification.orderId() == null
                || notification.statusCode() == null || notification.grossAmount() == null) {
            return false;
        }
        byte[] expected = of(notification.orderId(), notification.statusCode(), notification.grossAmount(), serverKey)
                .getBytes(StandardCharsets.US_ASCII);
        byte[] given = notification.signatureKey().strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
