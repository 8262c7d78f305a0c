package id.kriya.ordering;

import org.springframework.modulith.NamedInterface;

/** How an order was paid. */
@NamedInterface("api")
public enum PaymentMethod {
    QRIS, BANK_TRANSFER, GATEWAY
}
