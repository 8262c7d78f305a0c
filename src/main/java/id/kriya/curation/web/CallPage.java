package id.kriya.curation.web;

import java.util.List;
import java.util.Objects;

import id.kriya.curation.CallView;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;

/** A call with its exhibition's stages, for templates: the call's stages in order and a stage's title by id. */
public record CallPage(ExhibitionView exhibition, CallView call) {

    public List<StageView> stages() {
        return exhibition.stages().stream().filter(stage -> call.stageIds().contains(stage.id())).toList();
    }

    /** How many the proposal puts at this stage. */
    public long proposedAt(List<id.kriya.curation.ApplicationResult> results, long stageId) {
        return results.stream().filter(result -> Objects.equals(result.proposedStageId(), stageId)).count();
    }

    /** How many the proposal leaves with this outcome. */
    public long proposed(List<id.kriya.curation.ApplicationResult> results, String outcome) {
        return results.stream().filter(result -> result.proposedOutcome() != null
                && result.proposedOutcome().name().equals(outcome)).count();
    }

    public String stageTitle(Long stageId) {
        return exhibition.stages().stream().filter(stage -> Objects.equals(stage.id(), stageId))
                .map(stage -> stage.number() + ". " + stage.title()).findFirst().orElse("");
    }
}
