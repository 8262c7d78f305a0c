package id.kriya.curation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kriya.artisan.Craft;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.shared.Bali;

/** A call as pages read it; dates are instants, shown in Bali time (WITA) through the helpers. */
public record CallView(long id, long exhibitionId, String organiserCode, String title, List<Long> stageIds,
                       Instant opensAt, Instant deadline, int maxProducts, int statementLimit, int scaleMax,
                       int passMark, boolean excludeOwnCouncil, Instant scoringClosesAt, Instant scoringClosedAt,
                       Instant proposedAt, Instant publishedAt, Set<String> eligibleRegions, Set<Craft> eligibleCrafts,
                       List<Criterion> criteria, Map<String, Integer> regionQuotas, Map<BoothZone, Integer> zoneQuotas,
                       Map<Long, String> curators, CallPhase phase) {


    public LocalDateTime deadlineInBali() {
        return LocalDateTime.ofInstant(deadline, Bali.ZONE);
    }

    public LocalDateTime opensInBali() {
        return LocalDateTime.ofInstant(opensAt, Bali.ZONE);
    }

    public LocalDateTime scoringClosesInBali() {
        return LocalDateTime.ofInstant(scoringClosedAt != null ? scoringClosedAt : scoringClosesAt, Bali.ZONE);
    }

    public boolean isOpen() {
        return phase == CallPhase.OPEN;
    }

    public boolean isScoring() {
        return phase == CallPhase.SCORING;
    }

    public boolean isPublished() {
        return phase == CallPhase.PUBLISHED;
    }

    /** The scores a curator may give, 1 to the top of the scale. */
    public List<Integer> scale() {
        return java.util.stream.IntStream.rangeClosed(1, scaleMax).boxed().toList();
    }
}
