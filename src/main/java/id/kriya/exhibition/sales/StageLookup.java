package id.kriya.exhibition.sales;

import java.util.Optional;

import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.StageView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds a stage and its exhibition by the stage's id, and checks an officer may act on it. */
@Component
class StageLookup {

    private final JdbcClient jdbc;
    private final ExhibitorRoster roster;
    private final ExhibitionManagement exhibitions;

    StageLookup(JdbcClient jdbc, ExhibitorRoster roster, ExhibitionManagement exhibitions) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.exhibitions = exhibitions;
    }

    Optional<StagePlace> find(long stageId) {
        return jdbc.sql("SELECT exhibition_id FROM exhibition_stage WHERE id = ?").param(stageId)
                .query(Long.class).optional()
                .flatMap(roster::exhibition)
                .flatMap(exhibition -> exhibition.stages().stream().filter(stage -> stage.id() == stageId)
                        .findFirst().map(stage -> new StagePlace(exhibition, stage)));
    }

    /**
     * The stage of an exhibition the officer's council (or one below it) organises.
     *
     * @throws ExhibitionNotFoundException otherwise, or when the stage is not the exhibition's
     */
    StagePlace forOfficer(long officerId, long exhibitionId, long stageId) {
        var exhibition = exhibitions.exhibitionOf(officerId, exhibitionId);
        StageView stage = exhibition.stages().stream().filter(candidate -> candidate.id() == stageId).findFirst()
                .orElseThrow(ExhibitionNotFoundException::new);
        return new StagePlace(exhibition, stage);
    }
}
