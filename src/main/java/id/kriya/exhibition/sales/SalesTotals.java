package id.kriya.exhibition.sales;

import id.kriya.shared.Rupiah;

/** Paid sales added up: how many, and the money taken by QRIS and in cash. */
public record SalesTotals(int sales, Rupiah qris, Rupiah cash) {

    public static final SalesTotals NONE = new SalesTotals(0, Rupiah.ZERO, Rupiah.ZERO);

    public Rupiah revenue() {
        return qris.plus(cash);
    }

    SalesTotals plus(SalesTotals other) {
        return new SalesTotals(sales + other.sales, qris.plus(other.qris), cash.plus(other.cash));
    }

    SalesTotals plus(BoothSaleView sale) {
        if (!sale.isPaid()) {
            return this;
        }
        return sale.method() == SaleMethod.QRIS
                ? new SalesTotals(sales + 1, qris.plus(sale.total()), cash)
                : new SalesTotals(sales + 1, qris, cash.plus(sale.total()));
    }
}
