package id.kriya.ordering;

import id.kriya.shared.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One product in an order, with its title and price as they were when the order was placed. */
@Embeddable
class OrderLine {

    @Column(name = "product_id")
    private long productId;

    @Column(name = "product_slug")
    private String productSlug;

    private String title;

    @Column(name = "unit_price")
    private long unitPrice;

    private int quantity;

    protected OrderLine() {
    }

    OrderLine(long productId, String productSlug, String title, Rupiah unitPrice, int quantity) {
        this.productId = productId;
        this.productSlug = productSlug;
        this.title = title;
        this.unitPrice = unitPrice.amount();
        this.quantity = quantity;
    }

    long productId() {
        return productId;
    }

    int quantity() {
        return quantity;
    }

    Rupiah subtotal() {
        return Rupiah.of(unitPrice).times(quantity);
    }

    OrderView.Line toView() {
        return new OrderView.Line(productId, productSlug, title, Rupiah.of(unitPrice), quantity, subtotal());
    }
}
