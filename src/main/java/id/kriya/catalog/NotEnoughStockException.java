package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/**
 * Fewer pieces are for sale than asked: someone else bought them first, or the product is no longer on sale.
 * {@link #available()} says how many are left (0 for a piece just sold).
 */
@NamedInterface("api")
public class NotEnoughStockException extends RuntimeException {

    private final long productId;
    private final int available;

    public NotEnoughStockException(long productId, int available) {
        super("Product " + productId + " has " + available + " pieces for sale");
        this.productId = productId;
        this.available = available;
    }

    public long productId() {
        return productId;
    }

    public int available() {
        return available;
    }
}
