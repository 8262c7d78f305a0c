package id.kriya.exhibition.sales.web;

import java.io.Serializable;

import id.kriya.exhibition.sales.BoothSaleView;
import id.kriya.exhibition.sales.SaleMethod;

/** The sale just recorded, carried across the redirect in the session to show its receipt number once. */
record RecordedSale(String receiptNumber, String item, int quantity, String total, SaleMethod method)
        implements Serializable {

    static RecordedSale of(BoothSaleView sale) {
        return new RecordedSale(sale.receiptNumber(), sale.item(), sale.quantity(), sale.total().formatted(),
                sale.method());
    }
}
