package id.kriya.exhibition.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.kriya.artisan.Craft;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.showcase.ExhibitionCatalog;
import id.kriya.exhibition.showcase.RegencyGroup;
import id.kriya.exhibition.showcase.Showing;
import id.kriya.exhibition.showcase.ShownExhibitor;
import id.kriya.exhibition.showcase.ShownProduct;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoSize;
import id.kriya.payment.qris.QrCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable exhibition catalog: a cover (title, story, organising council, stages with dates and venues), a table
 * of contents, then the regencies one after another, each heading kept with its first exhibitor, and each exhibitor
 * (name, crafts, booth, a short story, a QR code that opens its shop) a block kept on one page with its products two
 * to a row (a photo large enough to judge the piece, title, materials, price). Photos are the card renditions the
 * media library already keeps (600 px, sharp at this size in print); page numbers at the foot. It is written twice: the first pass finds
 * the page each regency starts on, for the table of contents.
 */
@Component
public class CatalogPdf {

    static final int STORY_MAX = 320;
    private static final Color MUTED = new Color(0x5c, 0x52, 0x48);
    private static final Color ACCENT = new Color(0x8a, 0x3b, 0x12);
    private static final Font HUGE = new Font(Font.HELVETICA, 26, Font.BOLD, ACCENT);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, ACCENT);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
    /** The box a product photo is fitted in: two products a row, each photo large enough to judge the piece. */
    static final float PHOTO_WIDTH = 230;
    static final float PHOTO_HEIGHT = 172;
    /** The side of an exhibitor's QR code, which opens its shop on a visitor's phone. */
    static final float QR = 62;

    private final MediaLibrary media;
    private final MessageSource messages;
    private final QrCodes qrCodes;
    private final String baseUrl;

    CatalogPdf(MediaLibrary media, MessageSource messages, QrCodes qrCodes, @Value("${kriya.base-url}") String baseUrl) {
        this.media = media;
        this.messages = messages;
        this.qrCodes = qrCodes;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public byte[] render(ExhibitionCatalog catalog, Locale locale) {
        Map<String, Integer> firstPass = new HashMap<>();
        Map<PhotoId, byte[]> photos = new HashMap<>();
        write(catalog, locale, Map.of(), firstPass, photos);
        return write(catalog, locale, firstPass, new HashMap<>(), photos);
    }

    /**
     * @param contents the page each regency starts on, for the table of contents (empty on the first pass)
     * @param found    filled with the page each regency starts on
     * @param photos   photo bytes read once for both passes
     */
    private byte[] write(ExhibitionCatalog catalog, Locale locale, Map<String, Integer> contents,
                         Map<String, Integer> found, Map<PhotoId, byte[]> photos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 48, 54);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(catalog.exhibition().titleFor(locale), found));
        document.addTitle(text("exhibition.catalog.title", locale, catalog.exhibition().titleFor(locale)));
        document.addCreator("Kriya");
        document.open();
        cover(document, catalog, locale);
        document.newPage();
        tableOfContents(document, catalog, locale, contents);
        document.newPage();
        // Regencies follow one another on the same page; each exhibitor's block stays on one page where it fits, and a
        // regency's heading stays with its first exhibitor.
        for (RegencyGroup group : catalog.regencies()) {
            boolean first = true;
            for (ShownExhibitor exhibitor : group.exhibitors()) {
                document.add(exhibitor(first ? group : null, exhibitor, catalog.stages().size() > 1, locale, photos));
                first = false;
            }
            if (first) {
                PdfPTable heading = block();
                heading.addCell(plain(regencyHeading(group, locale)));
                document.add(heading);
            }
        }
        if (catalog.regencies().isEmpty()) {
            document.add(new Paragraph(text("exhibition.showcase.empty", locale), NORMAL));
        }
        document.close();
        return out.toByteArray();
    }

    private void cover(Document document, ExhibitionCatalog catalog, Locale locale) {
        Paragraph kicker = new Paragraph(text("exhibition.catalog.kicker", locale), SMALL);
        kicker.setSpacingBefore(80);
        document.add(kicker);
        Paragraph title = new Paragraph(catalog.exhibition().titleFor(locale), HUGE);
        title.setSpacingAfter(12);
        document.add(title);
        document.add(new Paragraph(text("exhibition.catalog.organiser", locale, catalog.organiserName()), HEADING));
        Paragraph story = new Paragraph(excerpt(catalog.exhibition().storyFor(locale), 900), NORMAL);
        story.setSpacingBefore(14);
        story.setSpacingAfter(14);
        document.add(story);
        PdfPTable stages = new PdfPTable(new float[] {2, 2, 3});
        stages.setWidthPercentage(100);
        stages.addCell(cell(text("exhibition.stages", locale), BOLD));
        stages.addCell(cell(text("exhibition.catalog.dates", locale), BOLD));
        stages.addCell(cell(text("exhibition.stage.venue", locale), BOLD));
        for (StageView stage : catalog.stages()) {
            stages.addCell(cell(text("exhibition.stage.heading", locale, stage.number(), stage.title()), NORMAL));
            stages.addCell(cell(dates(stage, locale), NORMAL));
            stages.addCell(cell(stage.venue() == null ? text("exhibition.stage.online", locale)
                    : stage.venue().name() + "\n" + stage.venue().address(), NORMAL));
        }
        document.add(stages);
        Paragraph count = new Paragraph(text("exhibition.catalog.count", locale, catalog.exhibitorCount(),
                catalog.regencies().size()), NORMAL);
        count.setSpacingBefore(12);
        document.add(count);
    }

    private void tableOfContents(Document document, ExhibitionCatalog catalog, Locale locale,
                                 Map<String, Integer> pages) {
        document.add(new Paragraph(text("exhibition.catalog.contents", locale), TITLE));
        PdfPTable table = new PdfPTable(new float[] {6, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (RegencyGroup group : catalog.regencies()) {
            Phrase name = new Phrase();
            name.add(new Chunk(group.name(), HEADING).setLocalGoto("r-" + group.regionCode()));
            name.add(new Chunk("  " + text("exhibition.catalog.regencyCount", locale, group.exhibitors().size()), SMALL));
            table.addCell(cell(name));
            Integer page = pages.get(group.regionCode());
            PdfPCell number = cell(page == null ? "" : String.valueOf(page), NORMAL);
            number.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(number);
        }
        document.add(table);
    }

    /** One exhibitor as a block kept on one page: the regency's heading first when it opens its regency. */
    private PdfPTable exhibitor(RegencyGroup opens, ShownExhibitor exhibitor, boolean severalStages, Locale locale,
                                Map<PhotoId, byte[]> photos) {
        PdfPTable block = block();
        if (opens != null) {
            block.addCell(plain(regencyHeading(opens, locale)));
        }
        Paragraph about = new Paragraph();
        about.add(new Paragraph(exhibitor.business().name(), HEADING));
        List<String> facts = new ArrayList<>();
        facts.add(exhibitor.regencyName());
        facts.add(exhibitor.business().crafts().stream().map(craft -> craft(craft, locale))
                .collect(Collectors.joining(", ")));
        for (Showing showing : exhibitor.showings()) {
            String where = severalStages ? text("exhibition.stage.heading", locale, showing.stage().number(),
                    showing.stage().title()) : null;
            String booth = showing.boothCode() == null ? null
                    : text("exhibition.showcase.booth", locale, showing.boothCode());
            if (where != null || booth != null) {
                facts.add(where == null ? booth : booth == null ? where : where + ", " + booth);
            }
        }
        about.add(new Paragraph(facts.stream().filter(fact -> fact != null && !fact.isBlank())
                .collect(Collectors.joining(" · ")), SMALL));
        if (exhibitor.business().story() != null && !exhibitor.business().story().isBlank()) {
            about.add(new Paragraph(excerpt(exhibitor.business().story(), STORY_MAX), NORMAL));
        }
        PdfPTable head = new PdfPTable(new float[] {5, 1.3f});
        head.setWidthPercentage(100);
        PdfPCell aboutCell = plain(about);
        aboutCell.setPaddingTop(10);
        head.addCell(aboutCell);
        head.addCell(shopCode(exhibitor, locale));
        block.addCell(plain(head));
        List<ShownProduct> shown = exhibitor.products();
        for (int i = 0; i < shown.size(); i += 2) {
            PdfPTable row = new PdfPTable(2);
            row.setWidthPercentage(100);
            row.addCell(product(shown.get(i), locale, photos));
            row.addCell(i + 1 < shown.size() ? product(shown.get(i + 1), locale, photos) : plain(new Phrase("")));
            block.addCell(plain(row));
        }
        return block;
    }

    /** A one-column table whose rows never split and that starts a new page rather than break where it fits whole. */
    private static PdfPTable block() {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSplitRows(false);
        block.setSpacingBefore(8);
        return block;
    }

    /** The regency's name, a target of the table of contents, and how many exhibitors it has. */
    private Paragraph regencyHeading(RegencyGroup group, Locale locale) {
        Chunk name = new Chunk(group.name(), TITLE).setLocalDestination("r-" + group.regionCode());
        name.setGenericTag(group.regionCode());
        Paragraph heading = new Paragraph(name);
        heading.add(new Chunk("   " + text("exhibition.catalog.regencyCount", locale, group.exhibitors().size()), SMALL));
        heading.setSpacingBefore(6);
        return heading;
    }

    /** A QR code that opens the exhibitor's shop, for a visitor leafing through the printed catalog. */
    private PdfPCell shopCode(ShownExhibitor exhibitor, Locale locale) {
        String shop = baseUrl + "/artisans/" + exhibitor.business().slug();
        try {
            Image qr = Image.getInstance(qrCodes.png(shop, 300));
            qr.scaleToFit(QR, QR);
            qr.setAlt(text("exhibition.catalog.scanShop", locale));
            PdfPTable code = new PdfPTable(1);
            PdfPCell picture = new PdfPCell(qr, false);
            picture.setBorder(Rectangle.NO_BORDER);
            picture.setHorizontalAlignment(Element.ALIGN_CENTER);
            code.addCell(picture);
            PdfPCell caption = plain(new Phrase(text("exhibition.catalog.scanShop", locale), SMALL));
            caption.setHorizontalAlignment(Element.ALIGN_CENTER);
            code.addCell(caption);
            PdfPCell cell = plain(code);
            cell.setPaddingTop(8);
            return cell;
        } catch (IOException | RuntimeException unwritable) {
            return plain(new Phrase(""));
        }
    }

    /** A product: its photo fitted in a large box above its title, materials and price. */
    private PdfPCell product(ShownProduct shown, Locale locale, Map<PhotoId, byte[]> photos) {
        PdfPTable product = new PdfPTable(1);
        product.addCell(photo(shown, photos));
        product.addCell(describe(shown, locale));
        PdfPCell cell = plain(product);
        cell.setPadding(4);
        return cell;
    }

    private PdfPCell photo(ShownProduct product, Map<PhotoId, byte[]> photos) {
        if (product.cover() != null) {
            byte[] jpeg = photos.computeIfAbsent(product.cover().id(),
                    id -> media.rendition(id, PhotoSize.CARD).orElse(new byte[0]));
            if (jpeg.length > 0) {
                try {
                    Image image = Image.getInstance(jpeg);
                    image.scaleToFit(PHOTO_WIDTH, PHOTO_HEIGHT);
                    image.setAlt(product.product().title());
                    PdfPCell cell = new PdfPCell(image, false);
                    cell.setBorder(Rectangle.NO_BORDER);
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    cell.setFixedHeight(PHOTO_HEIGHT + 6);
                    cell.setPadding(3);
                    return cell;
                } catch (IOException | RuntimeException unreadable) {
                    // a photo that cannot be read leaves its cell empty; the catalog is still printed
                }
            }
        }
        return cell("", NORMAL);
    }

    private static PdfPCell plain(Element content) {
        PdfPCell cell = content instanceof PdfPTable table ? new PdfPCell(table) : new PdfPCell();
        if (!(content instanceof PdfPTable)) {
            cell.addElement(content);
        }
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private PdfPCell describe(ShownProduct shown, Locale locale) {
        var product = shown.product();
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(product.title() + "\n", BOLD));
        if (!product.materials().isEmpty()) {
            phrase.add(new Chunk(product.materialsText() + "\n", SMALL));
        }
        phrase.add(new Chunk(product.price().formatted(), NORMAL));
        if (product.isCurated()) {
            phrase.add(new Chunk("  " + text("catalog.curated", locale), SMALL));
        }
        if (shown.isSoldOut()) {
            phrase.add(new Chunk("  " + text("exhibition.showcase.soldOut", locale), SMALL));
        }
        return cell(phrase);
    }

    private String craft(Craft craft, Locale locale) {
        return messages.getMessage("craft." + craft.name(), null, craft.name(), locale);
    }

    private String dates(StageView stage, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        return text("exhibition.dates", locale, format.format(stage.start()), format.format(stage.end()));
    }

    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain = text.strip();
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max);
        return plain.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }

    private static PdfPCell cell(String text, Font font) {
        return cell(new Phrase(text, font));
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(0xe0, 0xd8, 0xcc));
        cell.setPadding(4);
        return cell;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The exhibition's title and the page number at the foot of every page but the cover. */
    private static final class Footer extends PdfPageEventHelper {

        private final String title;
        private final Map<String, Integer> found;

        Footer(String title, Map<String, Integer> found) {
            this.title = title;
            this.found = found;
        }

        /** A regency's heading is written: the page it lands on is the one the table of contents names. */
        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
            found.putIfAbsent(tag, writer.getPageNumber());
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            try {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(title, SMALL),
                        document.left(), document.bottom() - 24, 0);
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase(String.valueOf(writer.getPageNumber()), SMALL), document.right(),
                        document.bottom() - 24, 0);
            } catch (DocumentException e) {
                // a footer that cannot be written is left out
            }
        }
    }
}
