package id.kriya.exhibition.report;

import java.util.List;

import id.kriya.artisan.Craft;

/**
 * An IKM as the report counts it: its business, regency, the craft it is counted under (its first; null when it
 * names none), its booth (null when none) and the products it shows.
 */
public record ReportExhibitor(long businessId, String name, String regionCode, String regencyName, Craft craft,
                              String booth, List<Long> productIds) {

    public ReportExhibitor {
        productIds = List.copyOf(productIds);
    }
}
