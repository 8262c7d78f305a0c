package id.kriya.payment.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fields Kriya reads from a Midtrans HTTP notification (the gateway sends more; they are ignored). All are
 * text as Midtrans writes them: {@code gross_amount} is "150000.00", {@code status_code} "200".
 */
public record MidtransNotification(@JsonProperty("order_id") String orderId,
                                   @JsonProperty("status_code") String statusCode,
                                   @JsonProperty("gross_amount") String grossAmount,
                                   @JsonProperty("signature_key") String signatureKey,
                                   @JsonProperty("transaction_status") String transactionStatus,
                                   @JsonProperty("fraud_status") String fraudStatus,
                                   @JsonProperty("transaction_id") String transactionId) {
}
