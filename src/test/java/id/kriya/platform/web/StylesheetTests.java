package id.kriya.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The one stylesheet, read as the browser reads it: a block left open swallows every rule after it. */
class StylesheetTests {

    @Test
    void everyBlockClosesSoNoScreenRuleEndsUpInsideThePrintStyles() throws IOException {
        String css = stylesheet().replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("brace depth at line %d", line).isBetween(0, 2);
        }
        assertThat(depth).as("blocks left open at the end").isZero();
        assertThat(depthOf(css, ".sale-totals {")).as("the booth-sale styles apply on screen").isZero();
        assertThat(depthOf(css, ".report-figures {")).as("the report's figures apply on screen").isZero();
    }

    @Test
    void aStackedTableShowsEachCellWithItsCaptionOnAPhone() throws IOException {
        String css = stylesheet();
        assertThat(css).contains("@media (max-width: 40rem)")
                .contains("table.stack td[data-label]::before { content: attr(data-label);");
    }

    private static int depthOf(String css, String rule) {
        int at = css.indexOf(rule);
        assertThat(at).as(rule).isNotNegative();
        String before = css.substring(0, at);
        return (int) (before.chars().filter(c -> c == '{').count() - before.chars().filter(c -> c == '}').count());
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = StylesheetTests.class.getResourceAsStream("/static/css/kriya.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
