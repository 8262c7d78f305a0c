/**
 * The post-exhibition report for the organising council's officers, per stage and for the whole exhibition:
 * exhibitors by regency and craft, booth sales (count, revenue, by payment method), online sales of the exhibitors'
 * shown products during each stage, top products, and visitors per day; as a page and as an XLSX workbook. Booth
 * sales and visitor counts come through the {@link id.kriya.exhibition.report.StageSalesSource} port.
 */
package id.kriya.exhibition.report;
