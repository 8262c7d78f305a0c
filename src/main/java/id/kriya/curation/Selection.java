package id.kriya.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kriya.exhibition.booth.BoothZone;

/**
 * The proposal rule, apart from any database so it can be read and tested alone.
 * <ol>
 * <li>An application without scores, or whose average is below the call's pass mark, is not selected.</li>
 * <li>The others are taken in turn: first those whose IKM showed at fewer earlier stages (of any exhibition) — an IKM
 * that has shown before yields to one that has not, so each regency's IKM take turns; among equals, the higher
 * average first; among equal averages, by blind code, which is random, so a tie is a draw by lot.</li>
 * <li>Each in turn goes to its preferred stage when that stage still has a seat in its zone and in its regency's
 * quota, otherwise to the first other stage of the call (in stage order) that has; when none has, it is
 * waitlisted.</li>
 * </ol>
 * A zone's seats at a stage are the call's quota for the zone, but never more than the stage's booths for it; a stage
 * without booths at all (online) has only the quota, or no limit. A regency without a quota has no limit.
 */
final class Selection {

    /** An application as the rule sees it; {@code score} is null while no curator has scored it. */
    record Candidate(long applicationId, String blindCode, String regionCode, BoothZone zone, Long preferredStageId,
                     Double score, long appearances) {
    }

    /** A stage of the call with its booths per zone (empty when online). */
    record StageSeats(long stageId, Map<BoothZone, Integer> capacities) {
    }

    record Placement(ApplicationStatus outcome, Long stageId) {
    }

    static final Comparator<Candidate> TURN = Comparator.comparingLong(Candidate::appearances)
            .thenComparing(Candidate::score, Comparator.reverseOrder())
            .thenComparing(Candidate::blindCode);

    private Selection() {
    }

    static Map<Long, Placement> propose(List<Candidate> candidates, List<StageSeats> stages, int passMark,
                                        Map<String, Integer> regionQuotas, Map<BoothZone, Integer> zoneQuotas) {
        Map<Long, Placement> placements = new LinkedHashMap<>();
        List<Candidate> passing = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.score() == null || candidate.score() < passMark) {
                placements.put(candidate.applicationId(), new Placement(ApplicationStatus.NOT_SELECTED, null));
            } else {
                passing.add(candidate);
            }
        }
        passing.sort(TURN);
        Map<Long, Map<BoothZone, Integer>> zoneTaken = new HashMap<>();
        Map<Long, Map<String, Integer>> regionTaken = new HashMap<>();
        for (Candidate candidate : passing) {
            Long placed = null;
            for (StageSeats stage : order(stages, candidate.preferredStageId())) {
                int zoneUsed = zoneTaken.computeIfAbsent(stage.stageId(), id -> new HashMap<>())
                        .getOrDefault(candidate.zone(), 0);
                int regionUsed = regionTaken.computeIfAbsent(stage.stageId(), id -> new HashMap<>())
                        .getOrDefault(candidate.regionCode(), 0);
                if (zoneUsed < seats(stage, candidate.zone(), zoneQuotas)
                        && regionUsed < regionQuotas.getOrDefault(candidate.regionCode(), Integer.MAX_VALUE)) {
                    zoneTaken.get(stage.stageId()).merge(candidate.zone(), 1, Integer::sum);
                    regionTaken.get(stage.stageId()).merge(candidate.regionCode(), 1, Integer::sum);
                    placed = stage.stageId();
                    break;
                }
            }
            placements.put(candidate.applicationId(), placed == null
                    ? new Placement(ApplicationStatus.WAITLISTED, null)
                    : new Placement(ApplicationStatus.SELECTED, placed));
        }
        return placements;
    }

    static int seats(StageSeats stage, BoothZone zone, Map<BoothZone, Integer> zoneQuotas) {
        Integer quota = zoneQuotas.get(zone);
        if (stage.capacities().isEmpty()) {
            return quota == null ? Integer.MAX_VALUE : quota;
        }
        int booths = stage.capacities().getOrDefault(zone, 0);
        return quota == null ? booths : Math.min(quota, booths);
    }

    private static List<StageSeats> order(List<StageSeats> stages, Long preferred) {
        List<StageSeats> ordered = new ArrayList<>();
        stages.stream().filter(stage -> preferred != null && stage.stageId() == preferred).forEach(ordered::add);
        stages.stream().filter(stage -> preferred == null || stage.stageId() != preferred).forEach(ordered::add);
        return ordered;
    }
}
