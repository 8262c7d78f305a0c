package id.kriya.exhibition.report;

import id.kriya.exhibition.report.StageSalesSource.Sales;
import id.kriya.shared.Rupiah;

/** A product that sold at a booth or online, with its maker's business name. */
public record ProductLine(long productId, String title, String businessName, Sales booth, Sales online) {

    public Rupiah revenue() {
        return booth.revenue().plus(online.revenue());
    }

    public long pieces() {
        return booth.pieces() + online.pieces();
    }

    ProductLine plus(ProductLine other) {
        return new ProductLine(productId, title, businessName, booth.plus(other.booth), online.plus(other.online));
    }
}
