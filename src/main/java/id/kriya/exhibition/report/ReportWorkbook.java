package id.kriya.exhibition.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kriya.artisan.Craft;
import id.kriya.exhibition.report.StageSalesSource.Sales;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as an XLSX workbook in the reader's language, numbers as numbers: a summary (the whole and each stage),
 * exhibitors by regency and craft, sales per exhibitor, products by revenue, and visitors per day.
 */
@Component
public class ReportWorkbook {

    private final MessageSource messages;

    ReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(ExhibitionReport report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(text("exhibition.report.sheet.summary", locale)), report, styles, locale);
            regencyCrafts(workbook.createSheet(text("exhibition.report.sheet.regencies", locale)), report.whole(),
                    styles, locale);
            exhibitors(workbook.createSheet(text("exhibition.report.sheet.exhibitors", locale)), report.whole(),
                    styles, locale);
            products(workbook.createSheet(text("exhibition.report.sheet.products", locale)), report.whole(), styles,
                    locale);
            visitors(workbook.createSheet(text("exhibition.report.sheet.visitors", locale)), report.whole(), styles,
                    locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(Sheet sheet, ExhibitionReport report, Styles styles, Locale locale) {
        List<String> methods = new ArrayList<>(report.whole().boothByMethod().keySet());
        List<Object> header = new ArrayList<>(List.of(text("exhibition.report.col.part", locale),
                text("exhibition.report.col.from", locale), text("exhibition.report.col.to", locale),
                text("exhibition.report.col.exhibitors", locale), text("exhibition.report.col.boothSales", locale),
                text("exhibition.report.col.boothPieces", locale), text("exhibition.report.col.boothRevenue", locale)));
        methods.forEach(method -> header.add(text("exhibition.report.col.byMethod", locale, method(method, locale))));
        header.addAll(List.of(text("exhibition.report.col.onlineOrders", locale),
                text("exhibition.report.col.onlinePieces", locale), text("exhibition.report.col.onlineRevenue", locale),
                text("exhibition.report.col.revenue", locale), text("exhibition.report.col.visitors", locale)));
        int r = 0;
        row(sheet, r++, styles, List.of(report.exhibition().title()));
        row(sheet, r++, styles, header).forEach(cell -> cell.setCellStyle(styles.header));
        List<StageReport> parts = new ArrayList<>();
        parts.add(report.whole());
        parts.addAll(report.stages());
        for (StageReport part : parts) {
            List<Object> values = new ArrayList<>(List.of(part.stage() == null
                            ? text("exhibition.report.whole", locale)
                            : text("exhibition.stage.heading", locale, part.stage().number(), part.stage().title()),
                    part.start(), part.end(), part.exhibitorCount(), part.booth().count(), part.booth().pieces(),
                    part.booth().revenue().amount()));
            methods.forEach(method -> values.add(part.boothByMethod().getOrDefault(method, Sales.NONE).revenue().amount()));
            values.addAll(List.of(part.online().count(), part.online().pieces(), part.online().revenue().amount(),
                    part.revenue().amount(), part.visitors()));
            row(sheet, r++, styles, values);
        }
        widths(sheet, header.size());
    }

    private void regencyCrafts(Sheet sheet, StageReport report, Styles styles, Locale locale) {
        RegencyCrafts table = report.exhibitorsByRegencyCraft();
        List<Object> header = new ArrayList<>();
        header.add(text("exhibition.report.col.regency", locale));
        table.crafts().forEach(craft -> header.add(craft(craft, locale)));
        header.add(text("exhibition.report.col.total", locale));
        int r = 0;
        row(sheet, r++, styles, header).forEach(cell -> cell.setCellStyle(styles.header));
        for (RegencyCrafts.Row line : table.rows()) {
            List<Object> values = new ArrayList<>();
            values.add(line.regencyName());
            table.crafts().forEach(craft -> values.add(line.count(craft)));
            values.add(line.total());
            row(sheet, r++, styles, values);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(text("exhibition.report.col.total", locale));
        table.crafts().forEach(craft -> totals.add(table.columnTotal(craft)));
        totals.add(table.total());
        row(sheet, r, styles, totals).forEach(cell -> cell.setCellStyle(styles.header));
        widths(sheet, header.size());
    }

    private void exhibitors(Sheet sheet, StageReport report, Styles styles, Locale locale) {
        List<Object> header = List.of(text("exhibition.report.col.regency", locale),
                text("exhibition.report.col.business", locale), text("exhibition.report.col.craft", locale),
                text("exhibition.report.col.booth", locale), text("exhibition.report.col.boothPieces", locale),
                text("exhibition.report.col.boothRevenue", locale), text("exhibition.report.col.onlinePieces", locale),
                text("exhibition.report.col.onlineRevenue", locale), text("exhibition.report.col.revenue", locale));
        int r = 0;
        row(sheet, r++, styles, header).forEach(cell -> cell.setCellStyle(styles.header));
        for (ExhibitorSales line : report.exhibitors()) {
            ReportExhibitor exhibitor = line.exhibitor();
            row(sheet, r++, styles, List.of(exhibitor.regencyName(), exhibitor.name(), craft(exhibitor.craft(), locale),
                    exhibitor.booth() == null ? "" : exhibitor.booth(), line.booth().pieces(),
                    line.booth().revenue().amount(), line.online().pieces(), line.online().revenue().amount(),
                    line.revenue().amount()));
        }
        widths(sheet, header.size());
    }

    private void products(Sheet sheet, StageReport report, Styles styles, Locale locale) {
        List<Object> header = List.of(text("exhibition.report.col.rank", locale),
                text("exhibition.report.col.product", locale), text("exhibition.report.col.business", locale),
                text("exhibition.report.col.boothPieces", locale), text("exhibition.report.col.boothRevenue", locale),
                text("exhibition.report.col.onlinePieces", locale), text("exhibition.report.col.onlineRevenue", locale),
                text("exhibition.report.col.revenue", locale));
        int r = 0;
        row(sheet, r++, styles, header).forEach(cell -> cell.setCellStyle(styles.header));
        int rank = 1;
        for (ProductLine line : report.products()) {
            row(sheet, r++, styles, List.of(rank++, line.title(), line.businessName(), line.booth().pieces(),
                    line.booth().revenue().amount(), line.online().pieces(), line.online().revenue().amount(),
                    line.revenue().amount()));
        }
        widths(sheet, header.size());
    }

    private void visitors(Sheet sheet, StageReport report, Styles styles, Locale locale) {
        int r = 0;
        row(sheet, r++, styles, List.of(text("exhibition.report.col.day", locale),
                text("exhibition.report.col.visitors", locale))).forEach(cell -> cell.setCellStyle(styles.header));
        for (Map.Entry<LocalDate, Long> day : report.visitorsByDay().entrySet()) {
            row(sheet, r++, styles, List.of(day.getKey(), day.getValue()));
        }
        row(sheet, r, styles, List.of(text("exhibition.report.col.total", locale), report.visitors()))
                .forEach(cell -> cell.setCellStyle(styles.header));
        widths(sheet, 2);
    }

    private static List<org.apache.poi.ss.usermodel.Cell> row(Sheet sheet, int index, Styles styles, List<?> values) {
        Row row = sheet.createRow(index);
        List<org.apache.poi.ss.usermodel.Cell> cells = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            Object value = values.get(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.number);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(styles.date);
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
            }
            cells.add(cell);
        }
        return cells;
    }

    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, c == 0 || c == 1 ? 28 * 256 : 16 * 256);
        }
    }

    private String craft(Craft craft, Locale locale) {
        return craft == null ? text("exhibition.report.noCraft", locale)
                : messages.getMessage("craft." + craft.name(), null, craft.name(), locale);
    }

    private String method(String method, Locale locale) {
        return messages.getMessage("exhibition.report.method." + method, null, method, locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle number;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
