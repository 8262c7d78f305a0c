package id.kriya.ordering;

import id.kriya.shared.Rupiah;

/** What one product sold online in a period: in how many orders, how many pieces, for how much (items only). */
public record ProductSales(long productId, long orders, long pieces, Rupiah revenue) {
}
