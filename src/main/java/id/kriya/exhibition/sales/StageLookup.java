package id.kriya.exhibition.sales;

import java.util.Optional;

import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.StageView;
import org.springframework.stereotype.Component;

/** Finds a stage and its exhibition by the stage's id, and checks an officer may act on it. */
@Component
class StageLookup {

    private final ExhibitorRoster roster;
    private final ExhibitionManagement exhibitions;

    StageLookup(ExhibitorRoster roster, ExhibitionManagement exhibitions) {
        this.roster = roster;
        this.exhibitions = exhibitions;
    }

    Optional<StagePlace> find(long stageId) {
        return roster.exhibitionOfStage(stageId)
                .flatMap(exhibition -> exhibition.stage(stageId).map(stage -> new StagePlace(exhibition, stage)));
    }

    /**
     * The stage of an exhibition the officer's council (or one below it) organises.
     *
     * @throws ExhibitionNotFoundException otherwise, or when the stage is not the exhibition's
     */
    StagePlace forOfficer(long officerId, long exhibitionId, long stageId) {
        var exhibition = exhibitions.exhibitionOf(officerId, exhibitionId);
        StageView stage = exhibition.stage(stageId).orElseThrow(ExhibitionNotFoundException::new);
        return new StagePlace(exhibition, stage);
    }
}
