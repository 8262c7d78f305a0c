package id.kriya.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kriya.artisan.Craft;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A call for entries: it guards its own phases. Entries are taken from its opening to its deadline; scoring runs
 * from the deadline until it closes (at its time or earlier by an officer); after that a selection may be proposed,
 * adjusted and, once, published.
 */
@Entity
@Table(name = "curation_call")
class Call {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long exhibitionId;
    private String organiserCode;
    private String title;
    private Instant opensAt;
    private Instant deadline;
    private int maxProducts;
    private int statementLimit;
    private int scaleMax;
    private int passMark;
    private boolean excludeOwnCouncil;
    private Instant scoringClosesAt;
    private Instant scoringClosedAt;
    private Instant proposedAt;
    private Instant publishedAt;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "curation_call_stage", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "stage_id")
    private Set<Long> stageIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "curation_call_region", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "region_code")
    private Set<String> eligibleRegions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "curation_call_craft", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "craft")
    @Enumerated(EnumType.STRING)
    private Set<Craft> eligibleCrafts = EnumSet.noneOf(Craft.class);

    @ElementCollection
    @CollectionTable(name = "curation_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "curation_region_quota", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "region_code")
    @Column(name = "seats")
    private Map<String, Integer> regionQuotas = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "curation_zone_quota", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "zone")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "seats")
    private Map<BoothZone, Integer> zoneQuotas = new EnumMap<>(BoothZone.class);

    @ElementCollection
    @CollectionTable(name = "curation_curator", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "curator_id")
    @Column(name = "home_council_code")
    private Map<Long, String> curators = new HashMap<>();

    @Version
    private long version;

    protected Call() {
    }

    Call(long exhibitionId, String organiserCode, CallDetails details, Instant now) {
        this.exhibitionId = exhibitionId;
        this.organiserCode = organiserCode;
        this.createdAt = now;
        change(details);
    }

    /** Checks what no call may be, whatever its exhibition: the service checks the rest. */
    static void check(CallDetails details) {
        if (details.title() == null || details.title().isBlank()) {
            throw new CurationRuleException("curation.rule.titleMissing");
        }
        if (details.stageIds().isEmpty()) {
            throw new CurationRuleException("curation.rule.noStage");
        }
        if (details.opensAt() == null || details.deadline() == null || !details.deadline().isAfter(details.opensAt())) {
            throw new CurationRuleException("curation.rule.deadlineBeforeOpening");
        }
        if (details.scoringClosesAt() == null || details.scoringClosesAt().isBefore(details.deadline())) {
            throw new CurationRuleException("curation.rule.scoringBeforeDeadline");
        }
        if (details.maxProducts() < 1 || details.maxProducts() > 20) {
            throw new CurationRuleException("curation.rule.maxProducts");
        }
        if (details.statementLimit() < 50 || details.statementLimit() > 5000) {
            throw new CurationRuleException("curation.rule.statementLimit");
        }
        if (details.scaleMax() != 5 && details.scaleMax() != 10) {
            throw new CurationRuleException("curation.rule.scale");
        }
        if (details.passMark() < 0 || details.passMark() > 100) {
            throw new CurationRuleException("curation.rule.passMark");
        }
        if (details.criteria().isEmpty() || details.criteria().size() > 12 || details.criteria().stream()
                .anyMatch(c -> c.weight() < 1 || c.nameId() == null || c.nameId().isBlank() || c.nameId().length() > 120
                        || (c.nameEn() != null && c.nameEn().length() > 120))) {
            throw new CurationRuleException("curation.rule.criteria");
        }
        int sum = details.criteria().stream().mapToInt(Criterion::weight).sum();
        if (sum != 100) {
            throw new CurationRuleException("curation.rule.weights", sum);
        }
        if (details.regionQuotas().values().stream().anyMatch(seats -> seats == null || seats < 0)
                || details.zoneQuotas().values().stream().anyMatch(seats -> seats == null || seats < 0)) {
            throw new CurationRuleException("curation.rule.quota");
        }
    }

    /** Changes the call's terms; only before its deadline, as applicants rely on them. */
    void change(CallDetails details) {
        check(details);
        this.title = details.title().strip();
        this.opensAt = details.opensAt();
        this.deadline = details.deadline();
        this.maxProducts = details.maxProducts();
        this.statementLimit = details.statementLimit();
        this.scaleMax = details.scaleMax();
        this.passMark = details.passMark();
        this.excludeOwnCouncil = details.excludeOwnCouncil();
        this.scoringClosesAt = details.scoringClosesAt();
        this.stageIds.clear();
        this.stageIds.addAll(details.stageIds());
        this.eligibleRegions.clear();
        this.eligibleRegions.addAll(details.eligibleRegions());
        this.eligibleCrafts.clear();
        this.eligibleCrafts.addAll(details.eligibleCrafts());
        this.criteria.clear();
        this.criteria.addAll(details.criteria());
        this.regionQuotas.clear();
        this.regionQuotas.putAll(details.regionQuotas());
        this.zoneQuotas.clear();
        this.zoneQuotas.putAll(details.zoneQuotas());
    }

    boolean takesEntries(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(deadline);
    }

    boolean scoringOpen(Instant now) {
        return !now.isBefore(deadline) && scoringClosedAt == null && now.isBefore(scoringClosesAt);
    }

    boolean scoringClosed(Instant now) {
        return scoringClosedAt != null || !now.isBefore(scoringClosesAt);
    }

    /** Ends entries now, before the stated deadline (the council's call was answered offline, or time is short). */
    void closeEntries(Instant now) {
        if (!takesEntries(now)) {
            throw new CurationRuleException("curation.rule.entriesNotOpen");
        }
        deadline = now;
        if (scoringClosesAt.isBefore(deadline)) {
            scoringClosesAt = deadline;
        }
    }

    void closeScoring(Instant now) {
        if (now.isBefore(deadline)) {
            throw new CurationRuleException("curation.rule.entriesStillOpen");
        }
        if (scoringClosed(now)) {
            throw new CurationRuleException("curation.rule.scoringClosed");
        }
        scoringClosedAt = now;
    }

    void assign(long curatorId, String homeCouncilCode) {
        if (publishedAt != null) {
            throw new CurationRuleException("curation.rule.published");
        }
        curators.put(curatorId, homeCouncilCode);
    }

    /** Removes a curator before a proposal stands on their scores; from then on the panel stays as it scored. */
    void unassign(long curatorId) {
        if (proposedAt != null || publishedAt != null) {
            throw new CurationRuleException("curation.rule.panelFixed");
        }
        curators.remove(curatorId);
    }

    void proposed(Instant now) {
        if (!scoringClosed(now)) {
            throw new CurationRuleException("curation.rule.scoringStillOpen");
        }
        if (publishedAt != null) {
            throw new CurationRuleException("curation.rule.published");
        }
        proposedAt = now;
    }

    void mayAdjust() {
        if (proposedAt == null) {
            throw new CurationRuleException("curation.rule.notProposed");
        }
        if (publishedAt != null) {
            throw new CurationRuleException("curation.rule.published");
        }
    }

    void publish(Instant now) {
        mayAdjust();
        publishedAt = now;
    }

    CallView toView(Instant now) {
        return new CallView(id, exhibitionId, organiserCode, title, List.copyOf(stageIds.stream().sorted().toList()),
                opensAt, deadline, maxProducts, statementLimit, scaleMax, passMark, excludeOwnCouncil,
                scoringClosesAt, scoringClosedAt, proposedAt, publishedAt, Set.copyOf(eligibleRegions),
                eligibleCrafts.isEmpty() ? Set.of() : Set.copyOf(eligibleCrafts), List.copyOf(criteria),
                Map.copyOf(regionQuotas), zoneQuotas.isEmpty() ? Map.of() : Map.copyOf(zoneQuotas),
                Map.copyOf(curators), phase(now));
    }

    CallPhase phase(Instant now) {
        if (publishedAt != null) {
            return CallPhase.PUBLISHED;
        }
        if (now.isBefore(opensAt)) {
            return CallPhase.UPCOMING;
        }
        if (now.isBefore(deadline)) {
            return CallPhase.OPEN;
        }
        if (!scoringClosed(now)) {
            return CallPhase.SCORING;
        }
        return proposedAt == null ? CallPhase.SCORED : CallPhase.PROPOSED;
    }

    Long id() {
        return id;
    }

    long exhibitionId() {
        return exhibitionId;
    }

    String organiserCode() {
        return organiserCode;
    }

    String title() {
        return title;
    }

    Instant deadline() {
        return deadline;
    }

    int maxProducts() {
        return maxProducts;
    }

    int statementLimit() {
        return statementLimit;
    }

    int scaleMax() {
        return scaleMax;
    }

    int passMark() {
        return passMark;
    }

    boolean excludeOwnCouncil() {
        return excludeOwnCouncil;
    }

    Set<Long> stageIds() {
        return Set.copyOf(stageIds);
    }

    Set<String> eligibleRegions() {
        return Set.copyOf(eligibleRegions);
    }

    Set<Craft> eligibleCrafts() {
        return eligibleCrafts.isEmpty() ? Set.of() : EnumSet.copyOf(eligibleCrafts);
    }

    List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    Map<String, Integer> regionQuotas() {
        return Map.copyOf(regionQuotas);
    }

    Map<BoothZone, Integer> zoneQuotas() {
        return zoneQuotas.isEmpty() ? Map.of() : new EnumMap<>(zoneQuotas);
    }

    Map<Long, String> curators() {
        return Map.copyOf(curators);
    }

    boolean isPublished() {
        return publishedAt != null;
    }
}
