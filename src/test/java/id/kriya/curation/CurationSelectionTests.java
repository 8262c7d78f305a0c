package id.kriya.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.kriya.curation.Selection.Candidate;
import id.kriya.curation.Selection.Placement;
import id.kriya.curation.Selection.StageSeats;
import id.kriya.exhibition.booth.BoothZone;
import org.junit.jupiter.api.Test;

class CurationSelectionTests {

    static final long FIRST = 10;
    static final long SECOND = 20;

    static final List<StageSeats> TWO_STAGES = List.of(
            new StageSeats(FIRST, Map.of(BoothZone.CRAFT, 2, BoothZone.CULINARY, 1)),
            new StageSeats(SECOND, Map.of(BoothZone.CRAFT, 2, BoothZone.CULINARY, 1)));

    static Candidate craft(long id, String region, Long preferred, Double score, long appearances) {
        return new Candidate(id, "A-%04d".formatted(id), region, BoothZone.CRAFT, preferred, score, appearances);
    }

    static Map<Long, Placement> propose(List<Candidate> candidates) {
        return Selection.propose(candidates, TWO_STAGES, 60, Map.of(), Map.of());
    }

    @Test
    void belowThePassMarkOrUnscoredIsNotSelectedWhateverTheRoom() {
        Map<Long, Placement> placements = propose(List.of(craft(1, "51.04", null, 59.9, 0),
                craft(2, "51.04", null, null, 0), craft(3, "51.04", null, 60.0, 0)));

        assertThat(placements.get(1L)).isEqualTo(new Placement(ApplicationStatus.NOT_SELECTED, null));
        assertThat(placements.get(2L)).isEqualTo(new Placement(ApplicationStatus.NOT_SELECTED, null));
        assertThat(placements.get(3L)).isEqualTo(new Placement(ApplicationStatus.SELECTED, FIRST));
    }

    @Test
    void higherScoresGoFirstAndTheRestAreWaitlistedWhenTheZoneIsFull() {
        Map<Long, Placement> placements = propose(List.of(craft(1, "51.04", FIRST, 70.0, 0),
                craft(2, "51.04", FIRST, 90.0, 0), craft(3, "51.04", FIRST, 80.0, 0),
                craft(4, "51.04", FIRST, 75.0, 0), craft(5, "51.04", FIRST, 65.0, 0)));

        assertThat(placements.get(2L).stageId()).isEqualTo(FIRST);
        assertThat(placements.get(3L).stageId()).isEqualTo(FIRST);
        assertThat(placements.get(4L).stageId()).as("first stage full: the next one").isEqualTo(SECOND);
        assertThat(placements.get(1L).stageId()).isEqualTo(SECOND);
        assertThat(placements.get(5L).outcome()).isEqualTo(ApplicationStatus.WAITLISTED);
    }

    @Test
    void anIkmThatShowedBeforeYieldsToOneThatHasNot() {
        Map<Long, Placement> placements = Selection.propose(List.of(craft(1, "51.04", null, 95.0, 2),
                        craft(2, "51.04", null, 70.0, 0), craft(3, "51.04", null, 65.0, 1)),
                List.of(new StageSeats(FIRST, Map.of(BoothZone.CRAFT, 2))), 60, Map.of(), Map.of());

        assertThat(placements.get(2L).outcome()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(placements.get(3L).outcome()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(placements.get(1L).outcome()).as("shown twice before: waits its turn")
                .isEqualTo(ApplicationStatus.WAITLISTED);
    }

    @Test
    void aRegencyTakesNoMoreSeatsPerStageThanItsQuota() {
        Map<Long, Placement> placements = Selection.propose(List.of(craft(1, "51.04", FIRST, 90.0, 0),
                        craft(2, "51.04", FIRST, 85.0, 0), craft(3, "51.04", FIRST, 80.0, 0),
                        craft(4, "51.71", FIRST, 61.0, 0)),
                TWO_STAGES, 60, Map.of("51.04", 1), Map.of());

        assertThat(placements.get(1L)).isEqualTo(new Placement(ApplicationStatus.SELECTED, FIRST));
        assertThat(placements.get(2L)).isEqualTo(new Placement(ApplicationStatus.SELECTED, SECOND));
        assertThat(placements.get(3L).outcome()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(placements.get(4L)).as("Denpasar fills the seat Gianyar may not take")
                .isEqualTo(new Placement(ApplicationStatus.SELECTED, FIRST));
    }

    @Test
    void aStagePreferenceIsHonouredWhileItHasRoom() {
        Map<Long, Placement> placements = propose(List.of(craft(1, "51.04", SECOND, 90.0, 0),
                craft(2, "51.04", null, 80.0, 0)));

        assertThat(placements.get(1L).stageId()).isEqualTo(SECOND);
        assertThat(placements.get(2L).stageId()).as("any stage: the first with room").isEqualTo(FIRST);
    }

    @Test
    void zonesAreCountedApartAndTheCallsZoneQuotaNeverExceedsTheBooths() {
        Candidate cook = new Candidate(7, "A-0007", "51.04", BoothZone.CULINARY, FIRST, 70.0, 0);
        Candidate baker = new Candidate(8, "A-0008", "51.04", BoothZone.CULINARY, FIRST, 69.0, 0);
        Map<Long, Placement> placements = Selection.propose(List.of(cook, baker, craft(1, "51.04", FIRST, 90.0, 0)),
                TWO_STAGES, 60, Map.of(), Map.of(BoothZone.CULINARY, 5, BoothZone.CRAFT, 0));

        assertThat(placements.get(7L)).isEqualTo(new Placement(ApplicationStatus.SELECTED, FIRST));
        assertThat(placements.get(8L)).as("one food stall per stage").isEqualTo(new Placement(ApplicationStatus.SELECTED, SECOND));
        assertThat(placements.get(1L).outcome()).as("no craft seats in this call").isEqualTo(ApplicationStatus.WAITLISTED);
    }

    @Test
    void equalScoresAreDecidedByTheRandomBlindCodeAndAnOnlineStageHasOnlyTheQuota() {
        Candidate later = new Candidate(1, "A-9000", "51.04", BoothZone.CRAFT, null, 80.0, 0);
        Candidate earlier = new Candidate(2, "A-1000", "51.04", BoothZone.CRAFT, null, 80.0, 0);
        Map<Long, Placement> placements = Selection.propose(List.of(later, earlier),
                List.of(new StageSeats(FIRST, Map.of())), 60, Map.of(), Map.of(BoothZone.CRAFT, 1));

        assertThat(placements.get(2L).outcome()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(placements.get(1L).outcome()).isEqualTo(ApplicationStatus.WAITLISTED);
    }
}
