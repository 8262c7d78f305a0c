package id.kriya.exhibition.report;

import java.util.List;

import id.kriya.exhibition.ExhibitionView;

/**
 * A report as officers read it: the exhibition, the summary ({@code whole}: the whole exhibition, or the one stage
 * asked for) and, for the whole exhibition, each stage's own report in order.
 */
public record ExhibitionReport(ExhibitionView exhibition, StageReport whole, List<StageReport> stages) {

    public ExhibitionReport {
        stages = List.copyOf(stages);
    }
}
