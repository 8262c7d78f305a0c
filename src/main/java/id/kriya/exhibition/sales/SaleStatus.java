package id.kriya.exhibition.sales;

/** A QRIS sale waits until the exhibitor sees the money arrive; cash is paid at once; an unpaid one may be cancelled. */
public enum SaleStatus {
    AWAITING_PAYMENT, PAID, CANCELLED
}
