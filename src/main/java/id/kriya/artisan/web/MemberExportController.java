package id.kriya.artisan.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.council.CouncilManagement;
import id.kriya.platform.spreadsheet.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The officer's filtered member list as a spreadsheet: exactly the rows the list shows, every page. */
@Controller
class MemberExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE);
    static final List<String> COLUMNS = List.of("name", "ownerName", "whatsApp", "email", "regionCode", "regency",
            "village", "address", "crafts", "foundedYear", "workers", "nib", "certifications", "status", "registeredAt");
    /** Each column's width in characters, in the order of {@link #COLUMNS}. */
    static final int[] WIDTHS = {28, 22, 16, 28, 10, 14, 18, 32, 24, 10, 10, 16, 32, 14, 17};

    private final ArtisanVerification verification;
    private final CouncilManagement councils;
    private final MessageSource messages;

    MemberExportController(ArtisanVerification verification, CouncilManagement councils, MessageSource messages) {
        this.verification = verification;
        this.councils = councils;
        this.messages = messages;
    }

    @GetMapping("/officer/members.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal KriyaUser me, @ModelAttribute("filter") MemberFilterForm filter,
                               BindingResult ignored, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8, so "Ni Luh Ayu Ṣ" stays whole
        for (List<String> row : rows(me, filter, locale)) {
            out.append(row.stream().map(MemberExportController::csvCell).collect(Collectors.joining(","))).append("\r\n");
        }
        return download(out.toString().getBytes(StandardCharsets.UTF_8), CSV, fileName(locale) + ".csv");
    }

    @GetMapping("/officer/members.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal KriyaUser me, @ModelAttribute("filter") MemberFilterForm filter,
                                BindingResult ignored, Locale locale) {
        Spreadsheet book = new Spreadsheet();
        Spreadsheet.Sheet sheet = book.sheet(message("artisan.export.sheet", locale)).widths(WIDTHS);
        List<List<String>> rows = rows(me, filter, locale);
        sheet.header(rows.get(0));
        for (List<String> cells : rows.subList(1, rows.size())) {
            // Text cells throughout: numbers like the NIB must keep their leading zeros.
            Spreadsheet.Row row = sheet.row();
            cells.forEach(row::text);
        }
        return download(book.toBytes(), XLSX, fileName(locale) + ".xlsx");
    }

    private List<List<String>> rows(KriyaUser me, MemberFilterForm filter, Locale locale) {
        Map<String, String> areaNames = councils.areaNames();
        List<ArtisanProfile> members = verification.export(me.id(), filter.toFilter());
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.ofHours(8));
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(COLUMNS.stream().map(column -> message("artisan.export." + column, locale)).toList());
        for (ArtisanProfile m : members) {
            rows.add(List.of(m.name(), m.ownerName(), m.whatsApp(), m.email(), m.regionCode(),
                    areaNames.getOrDefault(m.regionCode(), m.regionCode()), m.village(), m.address(),
                    m.crafts().stream().map(craft -> message("craft." + craft, locale)).collect(Collectors.joining("; ")),
                    m.foundedYear() == null ? "" : String.valueOf(m.foundedYear()),
                    m.workers() == null ? "" : String.valueOf(m.workers()),
                    m.hasNib() ? m.nib() : message("artisan.members.noNib", locale),
                    m.certifications().stream()
                            .map(c -> message("certification." + c.type(), locale) + " " + c.number())
                            .collect(Collectors.joining("; ")),
                    message("status." + m.status(), locale), dates.format(m.registeredAt())));
        }
        return rows;
    }

    /** Quoted when needed; a cell that a spreadsheet would run as a formula is defused with a leading quote. */
    static String csvCell(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("\\+62[0-9]+")) {
            cell = "'" + cell;
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** The download's name without its extension, in the officer's language. */
    private String fileName(Locale locale) {
        return message("artisan.export.fileName", locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
