package id.kriya.ordering;

import id.kriya.payment.LedgerEntry;
import org.springframework.modulith.NamedInterface;

/** How an order was paid. */
@NamedInterface("api")
public enum PaymentMethod {
    QRIS, BANK_TRANSFER, GATEWAY;

    /** The same method as the payment ledger names it, for the order's payments and refunds. */
    public LedgerEntry.Method ledgerMethod() {
        return switch (this) {
            case QRIS -> LedgerEntry.Method.QRIS;
            case BANK_TRANSFER -> LedgerEntry.Method.BANK_TRANSFER;
            case GATEWAY -> LedgerEntry.Method.GATEWAY;
        };
    }
}
