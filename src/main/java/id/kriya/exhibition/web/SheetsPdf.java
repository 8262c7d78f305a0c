package id.kriya.exhibition.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.kriya.catalog.ProductView;
import id.kriya.exhibition.booth.ExhibitorSheet;
import id.kriya.payment.qris.QrCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Exhibitor sheets as a PDF, one A4 page each, in the reader's language: the same facts, rules, products and booth QR
 * code as the printable page, for an officer who prints a whole stage at once.
 */
@Component
class SheetsPdf {

    static final int RULES = 7;
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font BIG = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x5c, 0x52, 0x48));

    private final MessageSource messages;
    private final QrCodes qrCodes;
    private final String baseUrl;

    SheetsPdf(MessageSource messages, QrCodes qrCodes, @Value("${kriya.base-url}") String baseUrl) {
        this.messages = messages;
        this.qrCodes = qrCodes;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    byte[] render(List<ExhibitorSheet> sheets, String title, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Kriya");
        document.open();
        if (sheets.isEmpty()) {
            document.add(new Paragraph(text("exhibition.booths.noExhibitors", locale), NORMAL));
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (i > 0) {
                document.newPage();
            }
            page(document, sheets.get(i), locale);
        }
        document.close();
        return out.toByteArray();
    }

    private void page(Document document, ExhibitorSheet sheet, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        document.add(new Paragraph(text("exhibition.sheet.title", locale), SMALL));
        document.add(new Paragraph(sheet.exhibition().title(), TITLE));
        document.add(new Paragraph(text("exhibition.stage.heading", locale, sheet.stage().number(), sheet.stage().title()),
                HEADING));
        document.add(new Paragraph(sheet.holder().businessName(), BIG));

        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(10);
        fact(facts, text("exhibition.sheet.dates", locale), text("exhibition.dates", locale,
                date.format(sheet.stage().start()), date.format(sheet.stage().end())), NORMAL);
        fact(facts, text("exhibition.sheet.hours", locale), text("exhibition.sheet.hoursValue", locale), NORMAL);
        fact(facts, text("exhibition.sheet.venue", locale), sheet.isOnline() ? text("exhibition.stage.online", locale)
                : sheet.stage().venue().name() + "\n" + sheet.stage().venue().address(), NORMAL);
        String booth;
        if (sheet.hasBooth()) {
            booth = text("exhibition.sheet.boothValue", locale, sheet.booth().code(), sheet.booth().size(),
                    text("exhibition.zone." + sheet.booth().zone(), locale));
        } else if (sheet.isOnline()) {
            booth = text("exhibition.sheet.onlineNoBooth", locale);
        } else {
            booth = text("exhibition.sheet.noBooth", locale, text("exhibition.zone." + sheet.holder().exhibitor().zone(), locale));
        }
        fact(facts, text("exhibition.sheet.booth", locale), booth, BIG);
        document.add(facts);

        String shop = sheet.holder().shopPath();
        if (sheet.hasBooth() && shop != null) {
            try {
                Image qr = Image.getInstance(qrCodes.png(baseUrl + shop, 480));
                qr.scaleToFit(150, 150);
                qr.setAlignment(Element.ALIGN_CENTER);
                document.add(qr);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Paragraph caption = new Paragraph(text("exhibition.sheet.qrCaption", locale, sheet.booth().code()), SMALL);
            caption.setAlignment(Element.ALIGN_CENTER);
            document.add(caption);
        }

        Paragraph rules = new Paragraph(text("exhibition.sheet.rules", locale), HEADING);
        rules.setSpacingBefore(10);
        document.add(rules);
        for (int n = 1; n <= RULES; n++) {
            document.add(new Paragraph(n + ". " + text("exhibition.sheet.rule." + n, locale), NORMAL));
        }

        Paragraph products = new Paragraph(text("exhibition.sheet.products", locale, sheet.products().size()), HEADING);
        products.setSpacingBefore(10);
        document.add(products);
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.addCell(cell(text("exhibition.sheet.product", locale), BOLD));
        table.addCell(cell(text("exhibition.sheet.price", locale), BOLD));
        for (ProductView product : sheet.products()) {
            table.addCell(cell(product.title(), NORMAL));
            table.addCell(cell(product.price().formatted(), NORMAL));
        }
        document.add(table);
    }

    private static void fact(PdfPTable table, String label, String value, Font font) {
        table.addCell(cell(label, BOLD));
        table.addCell(cell(value, font));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(new Color(0xdd, 0xd5, 0xcb));
        cell.setPadding(4);
        return cell;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
