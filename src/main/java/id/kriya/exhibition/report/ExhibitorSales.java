package id.kriya.exhibition.report;

import id.kriya.exhibition.report.StageSalesSource.Sales;
import id.kriya.shared.Rupiah;

/** What one exhibitor sold at its booth and online (its shown products, during the stage). */
public record ExhibitorSales(ReportExhibitor exhibitor, Sales booth, Sales online) {

    public Rupiah revenue() {
        return booth.revenue().plus(online.revenue());
    }

    ExhibitorSales plus(ExhibitorSales other) {
        return new ExhibitorSales(exhibitor, booth.plus(other.booth), online.plus(other.online));
    }
}
