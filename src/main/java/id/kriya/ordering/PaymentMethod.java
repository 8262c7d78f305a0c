package id.kriya.ordering;

/** How an order was paid. */
public enum PaymentMethod {
    QRIS, BANK_TRANSFER, GATEWAY
}
