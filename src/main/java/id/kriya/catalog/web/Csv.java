package id.kriya.catalog.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough CSV (RFC 4180) for product files made in a spreadsheet: quoted cells with commas, quotes and line
 * breaks inside; comma or semicolon between cells (spreadsheets set to Indonesian write semicolons). Cells written
 * out are made formula-safe, so a title such as {@code =HYPERLINK(…)} stays text when the file is opened.
 */
final class Csv {

    static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** Rows of cells; a leading byte-order mark is ignored; blank lines are skipped. */
    static List<List<String>> parse(String text) {
        String content = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        int firstLineEnd = content.indexOf('\n');
        String header = firstLineEnd < 0 ? content : content.substring(0, firstLineEnd);
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(unprotect(cell.toString()));
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(unprotect(cell.toString()));
                cell.setLength(0);
                addUnlessBlank(rows, row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(unprotect(cell.toString()));
            addUnlessBlank(rows, row);
        }
        return rows;
    }

    /** One line of cells, each quoted when it must be and protected against formula injection. */
    static String line(List<String> cells) {
        List<String> written = new ArrayList<>();
        for (String cell : cells) {
            String value = protect(cell == null ? "" : cell);
            if (value.contains(",") || value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                value = "\"" + value.replace("\"", "\"\"") + "\"";
            }
            written.add(value);
        }
        return String.join(",", written) + "\r\n";
    }

    /** A cell a spreadsheet would read as a formula gets a leading apostrophe, which spreadsheets show as text. */
    static String protect(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Undoes {@link #protect} on the way back in, so an exported file imports unchanged. */
    static String unprotect(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static void addUnlessBlank(List<List<String>> rows, List<String> row) {
        if (row.stream().anyMatch(cell -> !cell.isBlank())) {
            rows.add(row);
        }
    }
}
