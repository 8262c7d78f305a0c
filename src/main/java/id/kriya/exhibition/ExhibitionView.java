package id.kriya.exhibition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** An exhibition with its stages in order; the English title and story are null when not given. */
@NamedInterface("api")
public record ExhibitionView(long id, String title, String slug, String story, String organiserCode, ExhibitionMode mode,
                             long version, List<StageView> stages, String titleEn, String storyEn) {

    public ExhibitionView {
        stages = List.copyOf(stages);
    }

    /** The English title for English visitors when there is one; the Indonesian title otherwise. */
    public String titleFor(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : title;
    }

    public String storyFor(Locale locale) {
        return "en".equals(locale.getLanguage()) && storyEn != null ? storyEn : story;
    }

    /** One of its stages by id; empty when the stage is another exhibition's. */
    public Optional<StageView> stage(long stageId) {
        return stages.stream().filter(stage -> stage.id() == stageId).findFirst();
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
