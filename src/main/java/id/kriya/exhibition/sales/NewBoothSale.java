package id.kriya.exhibition.sales;

import java.util.UUID;

import id.kriya.shared.Rupiah;

/**
 * A sale as the exhibitor enters it: a product shown at the stage (sold at its catalog price, so {@code unitPrice} is
 * ignored) or, with no product, a free-text item at the price typed. {@code token}, when given, names this one sale:
 * the same token sent twice (a double tap, a resent form) records it once.
 */
public record NewBoothSale(Long productId, String item, int quantity, Rupiah unitPrice, SaleMethod method,
                           UUID token) {

    public static final int ITEM_MAX = 120;
    public static final int QUANTITY_MAX = 999;

    public static NewBoothSale ofProduct(long productId, int quantity, SaleMethod method) {
        return new NewBoothSale(productId, null, quantity, null, method, null);
    }

    public static NewBoothSale ofItem(String item, int quantity, Rupiah unitPrice, SaleMethod method) {
        return new NewBoothSale(null, item, quantity, unitPrice, method, null);
    }

    /** The same sale, recorded at most once for this token. */
    public NewBoothSale once(UUID token) {
        return new NewBoothSale(productId, item, quantity, unitPrice, method, token);
    }
}
