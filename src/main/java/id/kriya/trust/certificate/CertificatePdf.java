package id.kriya.trust.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoSize;
import id.kriya.payment.qris.QrCodes;
import id.kriya.shared.Bali;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printed certificate: one A4 page in both languages (it travels with the piece, often abroad), with what the
 * public page says and a QR code that opens it. What it prints is the certificate as it stands when printed: a
 * revoked certificate comes out with "DICABUT / REVOKED" across the page and the reason, never as valid; a
 * transferred one says so. Like the public page it holds no contact or address of anyone. Built-in fonts only, so it
 * prints anywhere and stays small; photos are the card renditions the media library already keeps.
 */
@Component
public class CertificatePdf {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final float QR = 118;
    static final float PHOTO_WIDTH = 215;
    static final float PHOTO_HEIGHT = 172;
    private static final Color INK = new Color(0x2b, 0x23, 0x1d);
    private static final Color MUTED = new Color(0x5c, 0x52, 0x48);
    private static final Color ACCENT = new Color(0x8a, 0x3b, 0x12);
    private static final Color REVOKED = new Color(0xb0, 0x1e, 0x1e);
    private static final Color RULE = new Color(0xe0, 0xd8, 0xcc);
    private static final Font KICKER = new Font(Font.HELVETICA, 9, Font.BOLD, ACCENT);
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, INK);
    private static final Font PIECE = new Font(Font.HELVETICA, 15, Font.BOLD, ACCENT);
    private static final Font LABEL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
    private static final Font VALUE = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    private static final Font STRONG = new Font(Font.HELVETICA, 10, Font.BOLD, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
    private static final Font CODE = new Font(Font.COURIER, 11, Font.BOLD, INK);
    private static final Font BANNER = new Font(Font.HELVETICA, 14, Font.BOLD, Color.WHITE);

    private final MessageSource messages;
    private final MediaLibrary media;
    private final QrCodes qrCodes;
    private final String baseUrl;

    CertificatePdf(MessageSource messages, MediaLibrary media, QrCodes qrCodes,
                   @Value("${kriya.base-url}") String baseUrl) {
        this.messages = messages;
        this.media = media;
        this.qrCodes = qrCodes;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The address the QR code opens: the certificate's public page on this site. */
    public String verifyUrl(CertificateCode code) {
        return baseUrl + code.verifyPath();
    }

    public byte[] render(PublicCertificate certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 42, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(both("trust.certificate.pdf.title") + " " + certificate.code().grouped());
        document.addCreator("Kriya");
        document.open();
        if (certificate.isRevoked()) {
            watermark(writer, both("trust.certificate.pdf.revokedMark"));
        }
        Paragraph kicker = new Paragraph(certificate.councilName().toUpperCase(INDONESIAN), KICKER);
        document.add(kicker);
        document.add(new Paragraph(text("trust.certificate.pdf.title", INDONESIAN), TITLE));
        document.add(new Paragraph(text("trust.certificate.pdf.title", Locale.ENGLISH), SMALL));
        document.add(status(certificate));
        Paragraph piece = new Paragraph(certificate.productTitle(), PIECE);
        piece.setSpacingBefore(10);
        document.add(piece);
        document.add(new Paragraph(edition(certificate), VALUE));
        document.add(body(certificate));
        document.add(issuer(certificate));
        Paragraph footer = new Paragraph(text("trust.certificate.pdf.footer", INDONESIAN, baseUrl + "/verify")
                + "\n" + text("trust.certificate.pdf.footer", Locale.ENGLISH, baseUrl + "/verify"), SMALL);
        footer.setSpacingBefore(14);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    /** Where the certificate stands, in a coloured band: never "valid" unless it stands. */
    private PdfPTable status(PublicCertificate certificate) {
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        band.setSpacingBefore(10);
        DateTimeFormatter idDates = dates(INDONESIAN);
        DateTimeFormatter enDates = dates(Locale.ENGLISH);
        String line;
        Color colour;
        if (certificate.isRevoked()) {
            colour = REVOKED;
            line = text("trust.certificate.pdf.revoked", INDONESIAN, idDates.format(certificate.revokedAt()))
                    + "  /  " + text("trust.certificate.pdf.revoked", Locale.ENGLISH,
                    enDates.format(certificate.revokedAt()));
        } else if (certificate.isTransferred()) {
            colour = ACCENT;
            line = text("trust.certificate.pdf.transferred", INDONESIAN, idDates.format(certificate.transferredAt()))
                    + "  /  " + text("trust.certificate.pdf.transferred", Locale.ENGLISH,
                    enDates.format(certificate.transferredAt()));
        } else {
            colour = new Color(0x2e, 0x6b, 0x3a);
            line = both("trust.certificate.pdf.valid");
        }
        Phrase phrase = new Phrase(line, BANNER);
        if (certificate.isRevoked()) {
            phrase.add(new Chunk("\n" + certificate.revokeReason(), new Font(Font.HELVETICA, 10, Font.NORMAL, Color.WHITE)));
        } else if (certificate.isTransferred() && certificate.ownerName() != null) {
            phrase.add(new Chunk("\n" + both("trust.certificate.holder") + ": " + certificate.ownerName(),
                    new Font(Font.HELVETICA, 10, Font.NORMAL, Color.WHITE)));
        }
        phrase.setLeading(18);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBackgroundColor(colour);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(8);
        band.addCell(cell);
        return band;
    }

    /** The facts on the left, the photo and the QR code on the right. */
    private PdfPTable body(PublicCertificate certificate) {
        PdfPTable body = new PdfPTable(new float[] {1.15f, 1});
        body.setWidthPercentage(100);
        body.setSpacingBefore(10);
        PdfPTable facts = new PdfPTable(1);
        fact(facts, "trust.certificate.maker", certificate.maker());
        fact(facts, "trust.certificate.business", certificate.businessName());
        fact(facts, "trust.certificate.origin", certificate.areaName());
        String technique = text("technique." + certificate.technique().name(), INDONESIAN) + " / "
                + text("technique." + certificate.technique().name(), Locale.ENGLISH)
                + (certificate.techniqueNote() == null ? "" : "\n" + certificate.techniqueNote());
        fact(facts, "trust.certificate.technique", technique);
        StringBuilder checks = new StringBuilder();
        for (MaterialCheck line : certificate.checks()) {
            checks.append(checks.isEmpty() ? "" : "\n").append(line.material()).append(" — ").append(line.finding());
        }
        fact(facts, "trust.certificate.checks", checks.toString());
        if (certificate.geographicalIndication() != null) {
            fact(facts, "trust.certificate.indication", certificate.geographicalIndication());
        }
        if (certificate.hakiNumber() != null) {
            fact(facts, "trust.certificate.haki", certificate.hakiNumber());
        }
        if (certificate.remarks() != null) {
            fact(facts, "trust.certificate.remarks", certificate.remarks());
        }
        fact(facts, "trust.certificate.inspectedOn", dates(INDONESIAN).format(certificate.inspectedOn())
                + " / " + dates(Locale.ENGLISH).format(certificate.inspectedOn()));
        body.addCell(plain(facts));
        PdfPTable side = new PdfPTable(1);
        photo(certificate.photos()).ifPresent(side::addCell);
        side.addCell(qr(certificate));
        body.addCell(plain(side));
        return body;
    }

    private PdfPTable issuer(PublicCertificate certificate) {
        PdfPTable issuer = new PdfPTable(1);
        issuer.setWidthPercentage(100);
        issuer.setSpacingBefore(12);
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(both("trust.certificate.issuedBy") + "\n", LABEL));
        phrase.add(new Chunk(certificate.officerName() + ", " + certificate.officerPosition() + "\n", STRONG));
        phrase.add(new Chunk(certificate.councilName() + "\n", VALUE));
        phrase.add(new Chunk(both("trust.certificate.issuedAt") + ": "
                + dates(INDONESIAN).format(certificate.issuedAt()) + " / "
                + dates(Locale.ENGLISH).format(certificate.issuedAt()), SMALL));
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.TOP);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(8);
        issuer.addCell(cell);
        return issuer;
    }

    private void fact(PdfPTable facts, String labelKey, String value) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(both(labelKey) + "\n", LABEL));
        phrase.add(new Chunk(value == null ? "" : value, VALUE));
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingBottom(6);
        cell.setPaddingTop(4);
        facts.addCell(cell);
    }

    private Optional<PdfPCell> photo(List<PhotoId> photos) {
        for (PhotoId id : photos) {
            byte[] jpeg = media.rendition(id, PhotoSize.CARD).orElse(new byte[0]);
            if (jpeg.length == 0) {
                continue;
            }
            try {
                Image image = Image.getInstance(jpeg);
                image.scaleToFit(PHOTO_WIDTH, PHOTO_HEIGHT);
                PdfPCell cell = new PdfPCell(image, false);
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setPadding(4);
                return Optional.of(cell);
            } catch (IOException | RuntimeException unreadable) {
                // a photo that cannot be read is skipped; the certificate is still printed
            }
        }
        return Optional.empty();
    }

    /** The QR code that opens the public page, the code written out beneath it for those who type. */
    private PdfPCell qr(PublicCertificate certificate) {
        PdfPTable block = new PdfPTable(1);
        try {
            Image qr = Image.getInstance(qrCodes.png(verifyUrl(certificate.code()), 600));
            qr.scaleToFit(QR, QR);
            PdfPCell picture = new PdfPCell(qr, false);
            picture.setBorder(Rectangle.NO_BORDER);
            picture.setHorizontalAlignment(Element.ALIGN_CENTER);
            picture.setPaddingTop(8);
            block.addCell(picture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PdfPCell code = new PdfPCell(new Phrase(certificate.code().grouped(), CODE));
        code.setBorder(Rectangle.NO_BORDER);
        code.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(code);
        PdfPCell caption = new PdfPCell(new Phrase(text("trust.certificate.pdf.scan", INDONESIAN) + "\n"
                + text("trust.certificate.pdf.scan", Locale.ENGLISH), SMALL));
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(caption);
        return plain(block);
    }

    private String edition(PublicCertificate certificate) {
        if (certificate.isEditionPiece()) {
            Object[] numbers = {certificate.editionNumber(), certificate.editionSize()};
            return text("trust.certificate.edition.piece", INDONESIAN, numbers) + " / "
                    + text("trust.certificate.edition.piece", Locale.ENGLISH, numbers);
        }
        return both("trust.certificate.edition.unique");
    }

    /** Big pale letters across the page, under the text, for a certificate that must never pass for valid. */
    private static void watermark(PdfWriter writer, String mark) {
        try {
            PdfContentByte under = writer.getDirectContentUnder();
            PdfGState pale = new PdfGState();
            pale.setFillOpacity(0.18f);
            under.saveState();
            under.setGState(pale);
            under.beginText();
            under.setFontAndSize(BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false), 64);
            under.setColorFill(REVOKED);
            under.showTextAligned(Element.ALIGN_CENTER, mark, PageSize.A4.getWidth() / 2,
                    PageSize.A4.getHeight() / 2, 45);
            under.endText();
            under.restoreState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell plain(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingRight(6);
        return cell;
    }

    private static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(Bali.ZONE);
    }

    /** A message in Indonesian, then in English: "Perajin / Maker". */
    private String both(String key) {
        return text(key, INDONESIAN) + " / " + text(key, Locale.ENGLISH);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
