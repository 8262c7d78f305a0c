package id.kriya.curation.web;

import id.kriya.curation.ApplicationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moving an application in the proposal: where to (a stage, the waiting list or out) and why. */
public class AdjustForm {

    @NotNull
    private ApplicationStatus outcome;

    private Long stageId;

    @NotBlank
    @Size(max = 500)
    private String reason;

    public ApplicationStatus getOutcome() {
        return outcome;
    }

    public void setOutcome(ApplicationStatus outcome) {
        this.outcome = outcome;
    }

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
