package id.kriya.payment;

import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;

/**
 * A payment gateway settled a payment for this reference (an order number): the money is the gateway's to pay out.
 * Published once per reference, inside the transaction that recorded it in the ledger. The listener decides whether
 * the amount is what it expected.
 */
@NamedInterface("api")
public record GatewaySettled(String reference, Rupiah amount, String transactionId) {
}
