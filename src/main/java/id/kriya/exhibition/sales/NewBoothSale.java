package id.kriya.exhibition.sales;

import id.kriya.shared.Rupiah;

/**
 * A sale as the exhibitor enters it: a product shown at the stage (sold at its catalog price, so {@code unitPrice} is
 * ignored) or, with no product, a free-text item at the price typed.
 */
public record NewBoothSale(Long productId, String item, int quantity, Rupiah unitPrice, SaleMethod method) {

    public static final int ITEM_MAX = 120;
    public static final int QUANTITY_MAX = 999;

    public static NewBoothSale ofProduct(long productId, int quantity, SaleMethod method) {
        return new NewBoothSale(productId, null, quantity, null, method);
    }

    public static NewBoothSale ofItem(String item, int quantity, Rupiah unitPrice, SaleMethod method) {
        return new NewBoothSale(null, item, quantity, unitPrice, method);
    }
}
