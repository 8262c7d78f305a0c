package id.kriya.curation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kriya.artisan.Craft;
import id.kriya.exhibition.booth.BoothZone;
import org.springframework.modulith.NamedInterface;

/**
 * What an officer states when opening a call: the stages it fills, who may apply (no regions means all of the
 * organiser's area, no crafts means every craft), when entries open and close, how many products and how long a
 * statement, the rubric and its scale (1–5 or 1–10), the pass mark (0–100, below which nobody is proposed), whether
 * curators are kept off applicants of their own council, when scoring closes, and the quotas per stage: most IKM of
 * one regency, most IKM per zone (a zone without a quota takes the stage's booths).
 */
@NamedInterface("api")
public record CallDetails(String title, List<Long> stageIds, Instant opensAt, Instant deadline, int maxProducts,
                          int statementLimit, int scaleMax, int passMark, boolean excludeOwnCouncil,
                          Instant scoringClosesAt, Set<String> eligibleRegions, Set<Craft> eligibleCrafts,
                          List<Criterion> criteria, Map<String, Integer> regionQuotas,
                          Map<BoothZone, Integer> zoneQuotas) {

    public CallDetails {
        stageIds = List.copyOf(stageIds);
        eligibleRegions = Set.copyOf(eligibleRegions);
        eligibleCrafts = Set.copyOf(eligibleCrafts);
        criteria = List.copyOf(criteria);
        regionQuotas = Map.copyOf(regionQuotas);
        zoneQuotas = Map.copyOf(zoneQuotas);
    }
}
