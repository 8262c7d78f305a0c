/**
 * Spreadsheets for people who read them in Excel or LibreOffice: {@link id.kriya.platform.spreadsheet.Spreadsheet}
 * writes an XLSX workbook of sheets, each with a bold header row that stays in view, typed cells (text, whole
 * numbers, rupiah, dates) and column widths. Any module's export uses it ({@code platform :: spreadsheet}).
 */
@org.springframework.modulith.NamedInterface("spreadsheet")
package id.kriya.platform.spreadsheet;
