package id.kriya.exhibition.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kriya.artisan.Craft;
import id.kriya.exhibition.report.StageSalesSource.Sales;
import id.kriya.platform.spreadsheet.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as an XLSX workbook in the reader's language, numbers as numbers: a summary (the whole and each stage),
 * exhibitors by regency and craft, sales per exhibitor, products by revenue, and visitors per day.
 */
@Component
public class ReportWorkbook {

    /** Characters: the first two columns name things (a part, a regency, a business), the others hold numbers. */
    private static final int WIDE = 28;
    private static final int NARROW = 16;

    private final MessageSource messages;

    ReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(ExhibitionReport report, Locale locale) {
        Spreadsheet book = new Spreadsheet();
        summary(book.sheet(text("exhibition.report.sheet.summary", locale)), report, locale);
        regencyCrafts(book.sheet(text("exhibition.report.sheet.regencies", locale)), report.whole(), locale);
        exhibitors(book.sheet(text("exhibition.report.sheet.exhibitors", locale)), report.whole(), locale);
        products(book.sheet(text("exhibition.report.sheet.products", locale)), report.whole(), locale);
        visitors(book.sheet(text("exhibition.report.sheet.visitors", locale)), report.whole(), locale);
        return book.toBytes();
    }

    private void summary(Spreadsheet.Sheet sheet, ExhibitionReport report, Locale locale) {
        List<String> methods = new ArrayList<>(report.whole().boothByMethod().keySet());
        List<String> header = new ArrayList<>(List.of(text("exhibition.report.col.part", locale),
                text("exhibition.report.col.from", locale), text("exhibition.report.col.to", locale),
                text("exhibition.report.col.exhibitors", locale), text("exhibition.report.col.boothSales", locale),
                text("exhibition.report.col.boothPieces", locale), text("exhibition.report.col.boothRevenue", locale)));
        methods.forEach(method -> header.add(text("exhibition.report.col.byMethod", locale, method(method, locale))));
        header.addAll(List.of(text("exhibition.report.col.onlineOrders", locale),
                text("exhibition.report.col.onlinePieces", locale), text("exhibition.report.col.onlineRevenue", locale),
                text("exhibition.report.col.revenue", locale), text("exhibition.report.col.visitors", locale)));
        sheet.widths(WIDE, WIDE, NARROW).title(report.exhibition().title()).header(header);
        List<StageReport> parts = new ArrayList<>();
        parts.add(report.whole());
        parts.addAll(report.stages());
        for (StageReport part : parts) {
            Spreadsheet.Row row = sheet.row().text(part.stage() == null
                            ? text("exhibition.report.whole", locale)
                            : text("exhibition.stage.heading", locale, part.stage().number(), part.stage().title()))
                    .date(part.start()).date(part.end()).number(part.exhibitorCount())
                    .number(part.booth().count()).number(part.booth().pieces()).money(part.booth().revenue());
            methods.forEach(method -> row.money(part.boothByMethod().getOrDefault(method, Sales.NONE).revenue()));
            row.number(part.online().count()).number(part.online().pieces()).money(part.online().revenue())
                    .money(part.revenue()).number(part.visitors());
        }
    }

    private void regencyCrafts(Spreadsheet.Sheet sheet, StageReport report, Locale locale) {
        RegencyCrafts table = report.exhibitorsByRegencyCraft();
        List<String> header = new ArrayList<>();
        header.add(text("exhibition.report.col.regency", locale));
        table.crafts().forEach(craft -> header.add(craft(craft, locale)));
        header.add(text("exhibition.report.col.total", locale));
        sheet.widths(WIDE, WIDE, NARROW).header(header);
        for (RegencyCrafts.Row line : table.rows()) {
            Spreadsheet.Row row = sheet.row().text(line.regencyName());
            table.crafts().forEach(craft -> row.number(line.count(craft)));
            row.number(line.total());
        }
        Spreadsheet.Row totals = sheet.totalRow().text(text("exhibition.report.col.total", locale));
        table.crafts().forEach(craft -> totals.number(table.columnTotal(craft)));
        totals.number(table.total());
    }

    private void exhibitors(Spreadsheet.Sheet sheet, StageReport report, Locale locale) {
        sheet.widths(WIDE, WIDE, NARROW).header(text("exhibition.report.col.regency", locale),
                text("exhibition.report.col.business", locale), text("exhibition.report.col.craft", locale),
                text("exhibition.report.col.booth", locale), text("exhibition.report.col.boothPieces", locale),
                text("exhibition.report.col.boothRevenue", locale), text("exhibition.report.col.onlinePieces", locale),
                text("exhibition.report.col.onlineRevenue", locale), text("exhibition.report.col.revenue", locale));
        for (ExhibitorSales line : report.exhibitors()) {
            ReportExhibitor exhibitor = line.exhibitor();
            sheet.row().text(exhibitor.regencyName()).text(exhibitor.name()).text(craft(exhibitor.craft(), locale))
                    .text(exhibitor.booth()).number(line.booth().pieces()).money(line.booth().revenue())
                    .number(line.online().pieces()).money(line.online().revenue()).money(line.revenue());
        }
    }

    private void products(Spreadsheet.Sheet sheet, StageReport report, Locale locale) {
        sheet.widths(WIDE, WIDE, NARROW).header(text("exhibition.report.col.rank", locale),
                text("exhibition.report.col.product", locale), text("exhibition.report.col.business", locale),
                text("exhibition.report.col.boothPieces", locale), text("exhibition.report.col.boothRevenue", locale),
                text("exhibition.report.col.onlinePieces", locale), text("exhibition.report.col.onlineRevenue", locale),
                text("exhibition.report.col.revenue", locale));
        int rank = 1;
        for (ProductLine line : report.products()) {
            sheet.row().number(rank++).text(line.title()).text(line.businessName()).number(line.booth().pieces())
                    .money(line.booth().revenue()).number(line.online().pieces()).money(line.online().revenue())
                    .money(line.revenue());
        }
    }

    private void visitors(Spreadsheet.Sheet sheet, StageReport report, Locale locale) {
        sheet.widths(WIDE, WIDE, NARROW).header(text("exhibition.report.col.day", locale),
                text("exhibition.report.col.visitors", locale));
        for (Map.Entry<LocalDate, Long> day : report.visitorsByDay().entrySet()) {
            sheet.row().date(day.getKey()).number(day.getValue());
        }
        sheet.totalRow().text(text("exhibition.report.col.total", locale)).number(report.visitors());
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
}
