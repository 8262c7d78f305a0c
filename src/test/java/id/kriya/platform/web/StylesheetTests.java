package id.kriya.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

import com.microsoft.playwright.Page;
import id.kriya.PhoneBrowser;
import id.kriya.artisan.Craft;
import org.junit.jupiter.api.Test;

/** The one stylesheet: every block it opens is closed, and the officer's report table fits a laptop. */
class StylesheetTests {

    static final Path CSS = Path.of("src/main/resources/static/css/kriya.css");

    /** An unclosed block swallows every rule after it: the report's and booth sales' styles applied only in print. */
    @Test
    void everyBlockTheStylesheetOpensIsClosed() throws IOException {
        String css = Files.readString(CSS).replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<Integer> open = new ArrayDeque<>();
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                open.push(line);
            } else if (c == '}') {
                assertThat(open).as("a } without its { on line " + line).isNotEmpty();
                open.pop();
            }
        }
        assertThat(open).as("blocks opened on these lines and never closed").isEmpty();
    }

    /** Every craft in a column, as the report shows them when a stage has all of them, at 1280 × 800. */
    @Test
    void theReportsRegencyByCraftTableFitsALaptopScreen() throws IOException {
        Properties english = new Properties();
        try (var in = StylesheetTests.class.getResourceAsStream("/i18n/artisan_en.properties")) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        StringBuilder head = new StringBuilder("<th scope=\"col\">Regency or city</th>");
        StringBuilder row = new StringBuilder("<th scope=\"row\">Kabupaten Karangasem</th>");
        for (Craft craft : Craft.values()) {
            head.append("<th scope=\"col\">").append(english.getProperty("craft." + craft.name())).append("</th>");
            row.append("<td class=\"amount\">12</td>");
        }
        head.append("<th scope=\"col\" class=\"amount\">Total</th>");
        row.append("<td class=\"amount\">132</td>");
        String html = "<!DOCTYPE html><html lang=\"en\"><head><style>" + Files.readString(CSS) + "</style></head><body>"
                + "<main id=\"main\"><section class=\"report-page\"><h1>Report</h1><div class=\"report-part\">"
                + "<div class=\"table-wrap\"><table class=\"ledger report-regencies\"><thead><tr>" + head
                + "</tr></thead><tbody><tr>" + row + "</tr></tbody></table></div></div></section></main></body></html>";

        try (PhoneBrowser browser = PhoneBrowser.launch()) {
            Page page = browser.newScreen(1280, 800);
            page.setContent(html);
            PhoneBrowser.screenshot(page, "report-table-1280");
            assertThat((Boolean) page.evaluate("() => { const w = document.querySelector('.table-wrap');"
                    + " return w.scrollWidth <= w.clientWidth; }")).as("the table fits without scrolling").isTrue();
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing sticks out of the page").isTrue();

            Page phone = browser.newVisitor();
            phone.setContent(html);
            assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("on a phone the table scrolls inside its own box, not the page").isTrue();
            assertThat((Boolean) phone.evaluate("() => { const w = document.querySelector('.table-wrap');"
                    + " return w.scrollWidth > w.clientWidth && getComputedStyle(w).overflowX === 'auto'; }")).isTrue();
        }
    }

    @Test
    void aStackedTableShowsEachCellWithItsCaptionOnAPhone() throws IOException {
        assertThat(Files.readString(CSS)).contains("@media (max-width: 40rem)")
                .contains("table.stack td[data-label]::before { content: attr(data-label);");
    }
}
