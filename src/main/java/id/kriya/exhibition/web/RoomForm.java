package id.kriya.exhibition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A room as the officer writes it: title, statement, and its works one per line, each a product's address as the
 * catalog shows it ({@code https://…/products/kain-endek-gelgel}) or just the last part of it, in the order shown.
 */
public class RoomForm {

    private static final Pattern SLUG = Pattern.compile("(?:.*/products/)?([a-z0-9][a-z0-9-]*)/?(?:[?#].*)?");

    @NotBlank
    @Size(max = 120, message = "{exhibition.size.max}")
    private String title;

    @NotBlank
    @Size(max = 5000, message = "{exhibition.size.max}")
    private String statement;

    @NotBlank
    @Size(max = 20000, message = "{exhibition.size.max}")
    private String works;

    /** A line of the works: its number and text, and the product address in it, if it has one. */
    record WorkLine(int number, String text, Optional<String> slug) {
    }

    List<WorkLine> workLines() {
        List<WorkLine> lines = new ArrayList<>();
        String[] raw = works == null ? new String[0] : works.split("\\R");
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].strip();
            if (!text.isEmpty()) {
                Matcher matcher = SLUG.matcher(text);
                lines.add(new WorkLine(i + 1, text,
                        matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty()));
            }
        }
        return lines;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getWorks() {
        return works;
    }

    public void setWorks(String works) {
        this.works = works;
    }
}
