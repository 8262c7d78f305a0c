package id.kriya.payment;

/** A static QRIS that passed every check, with what it says about the merchant, for the artisan to confirm. */
public record CheckedQris(String payload, QrisMerchant merchant) {
}
