package id.kriya.curation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer's change to the proposal by hand: from where to where, by whom, when and why. Never changed. */
@Entity
@Table(name = "curation_adjustment")
class Adjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long callId;
    private long applicationId;
    private long officerId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus fromOutcome;

    private Long fromStageId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus toOutcome;

    private Long toStageId;
    private String reason;
    private Instant madeAt;

    protected Adjustment() {
    }

    Adjustment(long callId, long applicationId, long officerId, ApplicationStatus fromOutcome, Long fromStageId,
               ApplicationStatus toOutcome, Long toStageId, String reason, Instant madeAt) {
        this.callId = callId;
        this.applicationId = applicationId;
        this.officerId = officerId;
        this.fromOutcome = fromOutcome;
        this.fromStageId = fromStageId;
        this.toOutcome = toOutcome;
        this.toStageId = toStageId;
        this.reason = reason;
        this.madeAt = madeAt;
    }

    long applicationId() {
        return applicationId;
    }

    long officerId() {
        return officerId;
    }

    AdjustmentView toView(String blindCode, String officerName) {
        return new AdjustmentView(applicationId, blindCode, officerName, fromOutcome, fromStageId, toOutcome,
                toStageId, reason, madeAt);
    }
}
