package id.kriya.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.kriya.shared.Rupiah;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX workbook written sheet by sheet, row by row, then taken as bytes:
 *
 * <pre>{@code
 * Spreadsheet book = new Spreadsheet();
 * Spreadsheet.Sheet sheet = book.sheet("Anggota").widths(28, 16);
 * sheet.header("Nama usaha", "Berdiri", "Omzet (Rp)");
 * sheet.row().text("Tenun Sari").date(founded).money(revenue);
 * sheet.totalRow().text("Jumlah").blank().money(total);
 * byte[] xlsx = book.toBytes();
 * }</pre>
 *
 * Numbers and money are numbers a reader can sum, shown with thousands separators (the header says rupiah), dates are dates,
 * text is text (an NIB keeps its leading zeros, and nothing typed is ever run as a formula).
 */
public final class Spreadsheet {

    /** What an XLSX download is sent as. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final List<Sheet> sheets = new ArrayList<>();
    private final Styles plain = new Styles(false);
    private final Styles bold = new Styles(true);

    /** A new sheet after the others; a name a spreadsheet would refuse (too long, a slash) is made acceptable. */
    public Sheet sheet(String name) {
        Sheet sheet = new Sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(name)));
        sheets.add(sheet);
        return sheet;
    }

    /** The workbook as an XLSX file; write nothing to it afterwards. */
    public byte[] toBytes() {
        sheets.forEach(Sheet::applyWidths);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet: lines above the header if any, the header, then the rows, in the order they are asked for. */
    public final class Sheet {

        private final org.apache.poi.ss.usermodel.Sheet sheet;
        private int[] widths = {};
        private int nextRow;

        private Sheet(org.apache.poi.ss.usermodel.Sheet sheet) {
            this.sheet = sheet;
        }

        /**
         * Column widths in characters from the first column on; the last one given holds for every column after it,
         * so {@code widths(28, 28, 16)} makes the first two wide and all others 16.
         */
        public Sheet widths(int... characters) {
            widths = characters.clone();
            return this;
        }

        /** A plain line of text above the header, such as the report's title. */
        public Sheet title(String text) {
            new Row(sheet.createRow(nextRow++), plain).text(text);
            return this;
        }

        /** The column names in bold; the rows down to here stay in view while the reader scrolls. */
        public Sheet header(List<String> names) {
            Row row = new Row(sheet.createRow(nextRow++), bold);
            names.forEach(row::text);
            sheet.createFreezePane(0, nextRow);
            return this;
        }

        public Sheet header(String... names) {
            return header(Arrays.asList(names));
        }

        /** The next row, filled cell by cell from the first column. */
        public Row row() {
            return new Row(sheet.createRow(nextRow++), plain);
        }

        /** The next row in bold, for totals. */
        public Row totalRow() {
            return new Row(sheet.createRow(nextRow++), bold);
        }

        private void applyWidths() {
            if (widths.length == 0) {
                return;
            }
            int columns = 0;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                columns = Math.max(columns, row.getLastCellNum());
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, widths[Math.min(c, widths.length - 1)] * 256);
            }
        }
    }

    /** A row being filled from its first cell on; each call adds the next cell. */
    public final class Row {

        private final org.apache.poi.ss.usermodel.Row row;
        private final Styles styles;
        private int nextCell;

        private Row(org.apache.poi.ss.usermodel.Row row, Styles styles) {
            this.row = row;
            this.styles = styles;
        }

        /** Text as it is, null as an empty cell. */
        public Row text(String value) {
            next(styles.text).setCellValue(value == null ? "" : value);
            return this;
        }

        /** A whole number, shown with thousands separators. */
        public Row number(long value) {
            next(styles.number).setCellValue(value);
            return this;
        }

        /** An amount of rupiah as a number (the header says it is rupiah); null as an empty cell. */
        public Row money(Rupiah value) {
            return value == null ? text(null) : number(value.amount());
        }

        /** A calendar day the spreadsheet knows as a date; null as an empty cell. */
        public Row date(LocalDate value) {
            if (value == null) {
                return text(null);
            }
            next(styles.date).setCellValue(value);
            return this;
        }

        /** An empty cell, to skip a column. */
        public Row blank() {
            return text(null);
        }

        private Cell next(CellStyle style) {
            Cell cell = row.createCell(nextCell++);
            if (style != null) {
                cell.setCellStyle(style);
            }
            return cell;
        }
    }

    /** The look of each kind of cell, plain or bold; plain text keeps the workbook's default look. */
    private final class Styles {

        final CellStyle text;
        final CellStyle number;
        final CellStyle date;

        Styles(boolean bold) {
            Font font = null;
            if (bold) {
                font = workbook.createFont();
                font.setBold(true);
            }
            text = bold ? style(font, null) : null;
            number = style(font, "#,##0");
            date = style(font, "yyyy-mm-dd");
        }

        private CellStyle style(Font font, String format) {
            CellStyle style = workbook.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        }
    }
}
