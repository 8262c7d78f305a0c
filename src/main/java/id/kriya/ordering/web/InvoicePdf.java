package id.kriya.ordering.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.ordering.OrderView;
import id.kriya.shared.Bali;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An order's receipt as a PDF, in the reader's language: who sold what to whom, at what price, shipped how, and
 * whether it is paid. A4, plain fonts, so it prints anywhere and stays small.
 */
@Component
class InvoicePdf {

    private static final String DATE = "d MMM yyyy HH:mm";
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x5c, 0x52, 0x48));

    private final MessageSource messages;

    InvoicePdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(OrderView order, ArtisanProfile seller, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("ordering.invoice.title", locale, order.number()));
        document.addCreator("Kriya");
        document.open();
        // Month names in the reader's language: "7 Des 2026" for Indonesian, "7 Dec 2026" for English.
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(DATE, locale).withZone(Bali.ZONE);
        document.add(new Paragraph(text("ordering.invoice.title", locale, order.number()), TITLE));
        document.add(new Paragraph(text("ordering.invoice.placed", locale, dates.format(order.placedAt())), NORMAL));
        document.add(new Paragraph(text("ordering.invoice.status", locale,
                text(order.status().messageKey(), locale)), NORMAL));
        if (order.paidAt() != null) {
            document.add(new Paragraph(text("ordering.invoice.paid", locale, dates.format(order.paidAt()),
                    text("ordering.invoice.method." + order.paymentMethod(), locale)), NORMAL));
        }
        document.add(parties(order, seller, locale));
        document.add(lines(order, locale));
        if (order.trackingNumber() != null) {
            document.add(new Paragraph(text("ordering.order.tracking", locale) + ": " + order.trackingNumber(), NORMAL));
        }
        document.add(new Paragraph(text("ordering.invoice.note", locale), SMALL));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable parties(OrderView order, ArtisanProfile seller, Locale locale) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.addCell(cell(text("ordering.invoice.seller", locale), BOLD));
        table.addCell(cell(text("ordering.invoice.buyer", locale), BOLD));
        String sellerText = seller == null ? "" : seller.name() + "\n" + seller.address() + "\n" + seller.village()
                + "\nWhatsApp +" + seller.whatsAppDigits();
        String address = order.address().asLines(locale);
        table.addCell(cell(sellerText, NORMAL));
        table.addCell(cell(order.buyer().name() + "\n" + order.buyer().email() + "\n" + order.buyer().phone() + "\n"
                + address, NORMAL));
        return table;
    }

    private PdfPTable lines(OrderView order, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {6, 1, 2.5f, 2.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        table.addCell(cell(text("ordering.invoice.item", locale), BOLD));
        table.addCell(right(text("ordering.invoice.quantity", locale), BOLD));
        table.addCell(right(text("ordering.invoice.unitPrice", locale), BOLD));
        table.addCell(right(text("ordering.invoice.subtotal", locale), BOLD));
        for (OrderView.Line line : order.lines()) {
            table.addCell(cell(line.title(), NORMAL));
            table.addCell(right(Integer.toString(line.quantity()), NORMAL));
            table.addCell(right(line.unitPrice().formatted(), NORMAL));
            table.addCell(right(line.subtotal().formatted(), NORMAL));
        }
        String shipping = order.pickup() ? text("ordering.checkout.pickup", locale)
                : text("ordering.order.courier", locale, order.courier().displayName(), order.chargeableKilograms());
        table.addCell(cell(shipping, NORMAL));
        table.addCell(cell("", NORMAL));
        table.addCell(cell("", NORMAL));
        table.addCell(right(order.shippingCost().formatted(), NORMAL));
        PdfPCell total = cell(text("ordering.checkout.total", locale), BOLD);
        total.setColspan(3);
        table.addCell(total);
        table.addCell(right(order.total().formatted(), BOLD));
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        cell.setBorderColor(new Color(0xdd, 0xd3, 0xc5));
        return cell;
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
