/**
 * Selling at the booth: an exhibitor's owner or staff records, from a phone, a sale of a product it shows at the stage
 * (taken from the same stock as online orders, so a piece is never sold twice) or of a free-text item (a culinary
 * stall's dish), paid in cash or by a dynamic QRIS for the exact amount; or copies the day's paper book afterwards.
 * Officers of the organising council count visitors per day. {@link id.kriya.exhibition.sales.BoothSales#summaryOf}
 * and {@link id.kriya.exhibition.sales.VisitorCounts#of} are what reports read.
 */
@org.springframework.modulith.NamedInterface("sales")
package id.kriya.exhibition.sales;
