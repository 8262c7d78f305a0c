package id.kriya.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kriya.council.AreaLines.Line;
import id.kriya.council.AreaLines.Problem;
import id.kriya.council.CouncilManagement.NewArea;
import org.junit.jupiter.api.Test;

class AreaLinesTests {

    @Test
    void derivesRegencyAndCityCouncilsFromMinistryLines() {
        List<Line> lines = AreaLines.parse("35", "35.19 Kabupaten Madiun\n35.79 Kota Batu");

        assertThat(lines).extracting(Line::area).containsExactly(
                new NewArea("35.19", "Dekranasda Kabupaten Madiun", "Madiun", CouncilKind.REGENCY),
                new NewArea("35.79", "Dekranasda Kota Batu", "Kota Batu", CouncilKind.CITY));
    }

    @Test
    void acceptsAbbreviationsAnyCaseAndStraySpaces() {
        Line line = AreaLines.parseLine(1, "35", "  35.77   kota   Madiun ");
        Line regency = AreaLines.parseLine(2, "35", "35.19 Kab. Madiun");

        assertThat(line.area()).isEqualTo(new NewArea("35.77", "Dekranasda Kota Madiun", "Kota Madiun", CouncilKind.CITY));
        assertThat(regency.area().name()).isEqualTo("Dekranasda Kabupaten Madiun");
    }

    @Test
    void skipsBlankLinesButNumbersLinesAsTheAdminSeesThem() {
        List<Line> lines = AreaLines.parse("35", "35.19 Kabupaten Madiun\r\n\r\n   \r\n35.9 Batu");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).number()).isEqualTo(4);
        assertThat(lines.get(1).problem()).isEqualTo(Problem.MALFORMED);
    }

    @Test
    void namesWhatIsWrongWithEachBadLine() {
        assertThat(problemOf("Kabupaten Madiun")).isEqualTo(Problem.MALFORMED);
        assertThat(problemOf("3519 Kabupaten Madiun")).isEqualTo(Problem.MALFORMED);
        assertThat(problemOf("51.04 Kabupaten Gianyar")).isEqualTo(Problem.OUTSIDE_PROVINCE);
        assertThat(problemOf("35.19")).isEqualTo(Problem.NAME_MISSING);
        assertThat(problemOf("35.19 Madiun")).isEqualTo(Problem.KIND_MISSING);
        assertThat(problemOf("35.79 Kabupaten Batu")).isEqualTo(Problem.KIND_MISMATCH);
        assertThat(problemOf("35.19 Kota Madiun")).isEqualTo(Problem.KIND_MISMATCH);
        assertThat(problemOf("35.19 Kabupaten " + "x".repeat(81))).isEqualTo(Problem.NAME_TOO_LONG);
    }

    @Test
    void rejectsTheSameCodeTwice() {
        List<Line> lines = AreaLines.parse("35", "35.19 Kabupaten Madiun\n35.19 Kabupaten Madiun Lagi");

        assertThat(lines.get(0).isValid()).isTrue();
        assertThat(lines.get(1).problem()).isEqualTo(Problem.DUPLICATE);
        assertThat(lines.get(1).area()).isNull();
    }

    private static Problem problemOf(String line) {
        return AreaLines.parseLine(1, "35", line).problem();
    }
}
