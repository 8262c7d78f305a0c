package id.kriya.exhibition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kriya.exhibition.booth.BoothZone;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who shows at each stage. Curation admits the IKM it selects (inside its own transaction, so a selection and its
 * exhibitors commit together) and reads how often an IKM has shown before, for rotation; pages, booths, booth sales
 * and reports read the roster.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ExhibitorRoster {

    private final Exhibitors exhibitors;
    private final Stages stages;
    private final Exhibitions exhibitions;
    private final Venues venues;
    private final Clock clock;

    ExhibitorRoster(Exhibitors exhibitors, Stages stages, Exhibitions exhibitions, Venues venues, Clock clock) {
        this.exhibitors = exhibitors;
        this.stages = stages;
        this.exhibitions = exhibitions;
        this.venues = venues;
        this.clock = clock;
    }

    /**
     * Admits an IKM to a stage with the products it will show, or changes the zone and products of one admitted
     * already (its booth stays when the zone does).
     *
     * @throws ExhibitionNotFoundException when there is no such stage
     */
    @Transactional
    public ExhibitorView admit(long stageId, long businessId, BoothZone zone, List<Long> productIds) {
        if (!stages.existsById(stageId)) {
            throw new ExhibitionNotFoundException();
        }
        Exhibitor exhibitor = exhibitors.findByStageIdAndBusinessId(stageId, businessId)
                .map(found -> {
                    found.show(zone, productIds);
                    return found;
                })
                .orElseGet(() -> exhibitors.save(new Exhibitor(stageId, businessId, zone, productIds, clock.instant())));
        return exhibitor.toView();
    }

    /** Takes an IKM off a stage's roster, with its booth; nothing happens when it was not on it. */
    @Transactional
    public void withdraw(long stageId, long businessId) {
        exhibitors.findByStageIdAndBusinessId(stageId, businessId).ifPresent(exhibitors::delete);
    }

    /** A stage's exhibitors in the order they were admitted. */
    public List<ExhibitorView> exhibitorsOf(long stageId) {
        return exhibitors.findByStageIdOrderById(stageId).stream().map(Exhibitor::toView).toList();
    }

    public Optional<ExhibitorView> exhibitor(long stageId, long businessId) {
        return exhibitors.findByStageIdAndBusinessId(stageId, businessId).map(Exhibitor::toView);
    }

    /** Every stage an IKM has been admitted to, oldest first. */
    public List<ExhibitorView> stagesOf(long businessId) {
        return exhibitors.findByBusinessIdOrderById(businessId).stream().map(Exhibitor::toView).toList();
    }

    /**
     * How many stages of any exhibition each IKM has shown at that started before the given day; an IKM that never
     * showed is missing from the map. Curation's rotation lets those who showed less go first.
     */
    public Map<Long, Long> appearancesBefore(Collection<Long> businessIds, LocalDate day) {
        Map<Long, Long> counts = new HashMap<>();
        if (businessIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : exhibitors.countAppearancesBefore(businessIds, day)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Any exhibition by its id, with its stages, for modules that work on it (curation's calls). */
    public Optional<ExhibitionView> exhibition(long exhibitionId) {
        return exhibitions.findById(exhibitionId).map(exhibition -> exhibition.toView(Venue.views(venues)));
    }

    /** The exhibition a stage belongs to, with its stages. */
    public Optional<ExhibitionView> exhibitionOfStage(long stageId) {
        return stages.exhibitionIdOf(stageId).flatMap(this::exhibition);
    }
}
