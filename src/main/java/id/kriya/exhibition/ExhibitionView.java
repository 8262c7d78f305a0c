package id.kriya.exhibition;

import java.time.LocalDate;
import java.util.List;

/** An exhibition with its stages in order. */
public record ExhibitionView(long id, String title, String slug, String story, String organiserCode, ExhibitionMode mode,
                             long version, List<StageView> stages) {

    public ExhibitionView {
        stages = List.copyOf(stages);
    }

    /** The first day of its first stage; null while it has none. */
    public LocalDate start() {
        return stages.stream().map(StageView::start).min(LocalDate::compareTo).orElse(null);
    }

    /** The last day of its last stage; null while it has none. */
    public LocalDate end() {
        return stages.stream().map(StageView::end).max(LocalDate::compareTo).orElse(null);
    }
}
