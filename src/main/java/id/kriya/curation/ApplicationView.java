package id.kriya.curation;

import java.time.Instant;
import java.util.List;

import id.kriya.exhibition.booth.BoothZone;

/** An application as its applicant and the call's officers see it (curators never get this: see BlindApplication). */
public record ApplicationView(long id, long callId, long businessId, String blindCode, String statement,
                              BoothZone zone, Long preferredStageId, ApplicationStatus status, Long stageId,
                              List<Long> productIds, Instant submittedAt, Instant updatedAt) {

    public ApplicationView {
        productIds = List.copyOf(productIds);
    }
}
