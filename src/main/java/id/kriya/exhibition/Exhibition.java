package id.kriya.exhibition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An exhibition organised by a council, held in stages; it guards its stages' rules. */
@Entity
@Table(name = "exhibition")
class Exhibition {

    static final int TITLE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String slug;
    private String story;
    private String titleEn;
    private String storyEn;
    private String organiserCode;

    @Enumerated(EnumType.STRING)
    private ExhibitionMode mode;

    private Instant updatedAt;

    @OneToMany(mappedBy = "exhibition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Stage> stages = new ArrayList<>();

    @Version
    private long version;

    protected Exhibition() {
    }

    Exhibition(String slug, ExhibitionDetails details, Instant now) {
        this.slug = slug;
        change(details, now);
    }

    /** Takes new details; an exhibition cannot become online-only while a stage of it has a venue. */
    void change(ExhibitionDetails details, Instant now) {
        if (!details.mode().atVenue() && stages.stream().anyMatch(stage -> stage.venueId() != null)) {
            throw new ExhibitionRuleException("exhibition.rule.stagesHaveVenues");
        }
        this.title = details.title();
        this.story = details.story();
        this.titleEn = blankToNull(details.titleEn());
        this.storyEn = blankToNull(details.storyEn());
        this.organiserCode = details.organiserCode();
        this.mode = details.mode();
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Stage addStage(StageDetails details, Instant now) {
        numberFree(details.number(), null);
        Stage stage = new Stage(this, details);
        stages.add(stage);
        updatedAt = now;
        return stage;
    }

    Stage changeStage(long stageId, StageDetails details, Instant now) {
        Stage stage = stage(stageId);
        numberFree(details.number(), stage);
        stage.change(details, mode);
        updatedAt = now;
        return stage;
    }

    void removeStage(long stageId, Instant now) {
        stages.remove(stage(stageId));
        updatedAt = now;
    }

    Stage stage(long stageId) {
        return stages.stream().filter(stage -> stage.id() != null && stage.id() == stageId).findFirst()
                .orElseThrow(ExhibitionNotFoundException::new);
    }

    private void numberFree(int number, Stage except) {
        if (stages.stream().anyMatch(stage -> stage != except && stage.number() == number)) {
            throw new ExhibitionRuleException("exhibition.rule.numberTaken", number);
        }
    }

    Long id() {
        return id;
    }

    String organiserCode() {
        return organiserCode;
    }

    ExhibitionMode mode() {
        return mode;
    }

    List<Stage> stages() {
        return List.copyOf(stages);
    }

    ExhibitionView toView(Function<Long, VenueView> venues) {
        return new ExhibitionView(id == null ? 0 : id, title, slug, story, organiserCode, mode, version,
                stages.stream().map(stage -> stage.toView(stage.venueId() == null ? null : venues.apply(stage.venueId())))
                        .toList(), titleEn, storyEn);
    }
}
