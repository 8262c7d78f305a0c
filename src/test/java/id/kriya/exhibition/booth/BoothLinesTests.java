package id.kriya.exhibition.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kriya.exhibition.booth.BoothLines.Line;
import id.kriya.exhibition.booth.BoothLines.Problem;
import org.junit.jupiter.api.Test;

class BoothLinesTests {

    @Test
    void readsOneBoothALineSkippingBlankLines() {
        List<Line> lines = BoothLines.parse("K-01;3x3 m;CRAFT;1;1\n\n  F-01 ; 2x2 m ; culinary ; 5 ; 2  \n");

        assertThat(lines).extracting(Line::number).containsExactly(1, 3);
        assertThat(lines).allMatch(Line::isValid);
        assertThat(lines.get(1).booth()).isEqualTo(new BoothView("F-01", "2x2 m", BoothZone.CULINARY, 5, 2));
    }

    @Test
    void namesEachBadLineByNumberAndProblem() {
        List<Line> lines = BoothLines.parse("""
                K-01;3x3 m;CRAFT;1;1
                K-02;3x3 m;JEWELLERY;1;2
                K-03;3x3 m;CRAFT;0;3
                K 04;3x3 m;CRAFT;1;4
                K-05;3x3 m;CRAFT
                K-01;3x3 m;CRAFT;2;1
                K-07;3x3 m;CRAFT;1;1
                K-08;;CRAFT;2;8""");

        assertThat(lines).extracting(Line::number, Line::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, null),
                org.assertj.core.groups.Tuple.tuple(2, Problem.ZONE),
                org.assertj.core.groups.Tuple.tuple(3, Problem.POSITION),
                org.assertj.core.groups.Tuple.tuple(4, Problem.CODE),
                org.assertj.core.groups.Tuple.tuple(5, Problem.MALFORMED),
                org.assertj.core.groups.Tuple.tuple(6, Problem.DUPLICATE_CODE),
                org.assertj.core.groups.Tuple.tuple(7, Problem.DUPLICATE_PLACE),
                org.assertj.core.groups.Tuple.tuple(8, Problem.SIZE));
    }

    @Test
    void formatsBoothsBackIntoLinesThatReadTheSame() {
        List<BoothView> booths = List.of(new BoothView("K-01", "3x3 m", BoothZone.CRAFT, 1, 1),
                new BoothView("F-01", "2x2 m", BoothZone.CULINARY, 5, 2));

        assertThat(BoothLines.parse(BoothLines.format(booths))).extracting(Line::booth).isEqualTo(booths);
    }
}
