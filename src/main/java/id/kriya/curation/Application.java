package id.kriya.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.kriya.exhibition.booth.BoothZone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * An IKM's entry to a call: its products, statement, zone and preferred stage, known to curators only by its blind
 * code. It carries the proposed outcome while officers work on the selection, and its status once published.
 */
@Entity
@Table(name = "curation_application")
class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long callId;
    private long businessId;
    private String regionCode;
    private String blindCode;
    private String statement;

    @Enumerated(EnumType.STRING)
    private BoothZone zone;

    private Long preferredStageId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private Long stageId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus proposedOutcome;

    private Long proposedStageId;
    private Instant submittedAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "curation_application_product", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "product_id")
    @BatchSize(size = 100)
    private List<Long> productIds = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
    }

    Application(long callId, long businessId, String regionCode, String blindCode, Entry entry, Instant now) {
        this.callId = callId;
        this.businessId = businessId;
        this.regionCode = regionCode;
        this.blindCode = blindCode;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        change(entry, now);
    }

    void change(Entry entry, Instant now) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.WITHDRAWN) {
            throw new CurationRuleException("curation.rule.deadlinePassed");
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.statement = entry.statement().strip();
        this.zone = entry.zone();
        this.preferredStageId = entry.preferredStageId();
        this.productIds.clear();
        this.productIds.addAll(entry.productIds().stream().distinct().toList());
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new CurationRuleException("curation.rule.notWithdrawable");
        }
        this.status = ApplicationStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    void propose(ApplicationStatus outcome, Long stageId) {
        this.proposedOutcome = outcome;
        this.proposedStageId = outcome == ApplicationStatus.SELECTED ? stageId : null;
    }

    /** Makes the proposal the outcome. */
    void decide(Instant now) {
        this.status = proposedOutcome == null ? ApplicationStatus.NOT_SELECTED : proposedOutcome;
        this.stageId = status == ApplicationStatus.SELECTED ? proposedStageId : null;
        this.updatedAt = now;
    }

    boolean isActive() {
        return status != ApplicationStatus.WITHDRAWN;
    }

    Long id() {
        return id;
    }

    long callId() {
        return callId;
    }

    long businessId() {
        return businessId;
    }

    String regionCode() {
        return regionCode;
    }

    String blindCode() {
        return blindCode;
    }

    String statement() {
        return statement;
    }

    BoothZone zone() {
        return zone;
    }

    Long preferredStageId() {
        return preferredStageId;
    }

    ApplicationStatus status() {
        return status;
    }

    Long stageId() {
        return stageId;
    }

    ApplicationStatus proposedOutcome() {
        return proposedOutcome;
    }

    Long proposedStageId() {
        return proposedStageId;
    }

    List<Long> productIds() {
        return List.copyOf(productIds);
    }

    ApplicationView toView() {
        return new ApplicationView(id, callId, businessId, blindCode, statement, zone, preferredStageId, status,
                stageId, productIds(), submittedAt, updatedAt);
    }
}
