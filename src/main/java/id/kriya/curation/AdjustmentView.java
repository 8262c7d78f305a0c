package id.kriya.curation;

import java.time.Instant;

import id.kriya.shared.Bali;

/** A recorded hand change to a proposal, for the officers' page. */
public record AdjustmentView(long applicationId, String blindCode, String officerName, ApplicationStatus fromOutcome,
                             Long fromStageId, ApplicationStatus toOutcome, Long toStageId, String reason,
                             Instant madeAt) {

    public java.time.LocalDateTime madeInBali() {
        return java.time.LocalDateTime.ofInstant(madeAt, Bali.ZONE);
    }
}
