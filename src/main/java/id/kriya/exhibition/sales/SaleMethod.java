package id.kriya.exhibition.sales;

/** How the buyer at the booth pays: a dynamic QRIS for the exact amount, or cash. */
public enum SaleMethod {
    QRIS, CASH
}
