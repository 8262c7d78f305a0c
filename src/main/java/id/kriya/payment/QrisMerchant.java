package id.kriya.payment;

/**
 * Who a business's QRIS pays, as its static sticker says: the merchant name (tag 59), the city (tag 60) and the
 * National Merchant ID (NMID, tag 51 sub-tag 02; null when the QRIS carries none).
 */
public record QrisMerchant(String merchantName, String city, String nationalMerchantId) {
}
