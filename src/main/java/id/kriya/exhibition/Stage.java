package id.kriya.exhibition;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import id.kriya.exhibition.booth.BoothZone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/**
 * A stage (tahap) of an exhibition. It checks its own dates and venue; the database checks them again and refuses a
 * second stage at one venue on the same days.
 */
@Entity
@Table(name = "exhibition_stage")
class Stage {

    static final int TITLE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exhibition_id")
    private Exhibition exhibition;

    /** A copy of the exhibition's mode that the database keeps in step (ON UPDATE CASCADE); written once here. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ExhibitionMode exhibitionMode;

    private int number;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private Long venueId;

    @ElementCollection
    @CollectionTable(name = "exhibition_stage_capacity", joinColumns = @JoinColumn(name = "stage_id"))
    @MapKeyColumn(name = "zone")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "booths")
    private Map<BoothZone, Integer> capacities = new EnumMap<>(BoothZone.class);

    protected Stage() {
    }

    Stage(Exhibition exhibition, StageDetails details) {
        this.exhibition = exhibition;
        this.exhibitionMode = exhibition.mode();
        change(details, exhibition.mode());
    }

    /** Checks the dates and the venue against the exhibition's mode, then takes them. */
    void change(StageDetails details, ExhibitionMode mode) {
        check(details, mode);
        this.number = details.number();
        this.title = details.title();
        this.startDate = details.start();
        this.endDate = details.end();
        this.venueId = details.venueId();
        this.capacities.clear();
        details.capacities().forEach((zone, booths) -> {
            if (booths != null && booths > 0) {
                this.capacities.put(zone, booths);
            }
        });
    }

    static void check(StageDetails details, ExhibitionMode mode) {
        if (details.start() == null || details.end() == null) {
            throw new ExhibitionRuleException("exhibition.rule.datesMissing");
        }
        if (details.end().isBefore(details.start())) {
            throw new ExhibitionRuleException("exhibition.rule.endBeforeStart");
        }
        if (!mode.atVenue() && details.venueId() != null) {
            throw new ExhibitionRuleException("exhibition.rule.onlineHasNoVenue");
        }
        if (mode == ExhibitionMode.OFFLINE && details.venueId() == null) {
            throw new ExhibitionRuleException("exhibition.rule.venueNeeded");
        }
        if (details.capacities().values().stream().anyMatch(booths -> booths != null && booths < 0)) {
            throw new ExhibitionRuleException("exhibition.rule.capacityNegative");
        }
    }

    Long id() {
        return id;
    }

    int number() {
        return number;
    }

    Long venueId() {
        return venueId;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    StageView toView(VenueView venue) {
        return new StageView(id == null ? 0 : id, number, title, startDate, endDate, venue, capacities);
    }
}
