package id.kriya.payment.gateway;

import java.time.Instant;

import id.kriya.shared.Rupiah;

/**
 * A signed gateway notification whose gross amount was not the one expected for its reference: it changed nothing
 * and waits for an admin to look into it with the gateway.
 */
public record GatewayMismatch(String reference, long businessId, Rupiah expected, String grossAmount,
                              String transactionId, String transactionStatus, Instant receivedAt) {
}
