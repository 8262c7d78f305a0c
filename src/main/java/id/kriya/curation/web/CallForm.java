package id.kriya.curation.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.kriya.artisan.Craft;
import id.kriya.curation.CallDetails;
import id.kriya.curation.CallView;
import id.kriya.curation.Criterion;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.shared.Bali;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A call's terms as an officer types them: times in Bali (WITA); the rubric one criterion a line as
 * {@code weight; nama; name}; the regency quotas one a line as {@code region code; seats}.
 */
public class CallForm {


    static final String DEFAULT_RUBRIC = """
            30; Kualitas karya; Quality of work
            30; Keaslian dan kekhasan lokal; Authenticity and local character
            20; Penyelesaian dan kemasan; Finish and packaging
            20; Kesiapan harga dan stok; Readiness of price and stock""";

    @NotBlank
    @Size(max = 160)
    private String title;

    private List<Long> stageIds = new ArrayList<>();

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime opensAt;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime deadline;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime scoringClosesAt;

    @NotNull
    @Min(1)
    @Max(20)
    private Integer maxProducts = 5;

    @NotNull
    @Min(50)
    @Max(5000)
    private Integer statementLimit = 800;

    @NotNull
    private Integer scaleMax = 5;

    @NotNull
    @Min(0)
    @Max(100)
    private Integer passMark = 60;

    private boolean excludeOwnCouncil = true;

    private List<String> eligibleRegions = new ArrayList<>();

    private List<Craft> eligibleCrafts = new ArrayList<>();

    @NotBlank
    private String criteria = DEFAULT_RUBRIC;

    private String regionQuotas = "";

    private Map<BoothZone, Integer> zoneQuotas = new EnumMap<>(BoothZone.class);

    static CallForm of(CallView call) {
        CallForm form = new CallForm();
        form.title = call.title();
        form.stageIds = new ArrayList<>(call.stageIds());
        form.opensAt = LocalDateTime.ofInstant(call.opensAt(), Bali.ZONE);
        form.deadline = LocalDateTime.ofInstant(call.deadline(), Bali.ZONE);
        form.scoringClosesAt = LocalDateTime.ofInstant(call.scoringClosesAt(), Bali.ZONE);
        form.maxProducts = call.maxProducts();
        form.statementLimit = call.statementLimit();
        form.scaleMax = call.scaleMax();
        form.passMark = call.passMark();
        form.excludeOwnCouncil = call.excludeOwnCouncil();
        form.eligibleRegions = new ArrayList<>(new TreeSet<>(call.eligibleRegions()));
        form.eligibleCrafts = new ArrayList<>(call.eligibleCrafts());
        StringBuilder rubric = new StringBuilder();
        for (Criterion criterion : call.criteria()) {
            rubric.append(criterion.weight()).append("; ").append(criterion.nameId()).append("; ")
                    .append(criterion.nameEn()).append('\n');
        }
        form.criteria = rubric.toString().strip();
        StringBuilder quotas = new StringBuilder();
        new TreeSet<>(call.regionQuotas().keySet()).forEach(code ->
                quotas.append(code).append("; ").append(call.regionQuotas().get(code)).append('\n'));
        form.regionQuotas = quotas.toString().strip();
        form.zoneQuotas = new EnumMap<>(BoothZone.class);
        form.zoneQuotas.putAll(call.zoneQuotas());
        return form;
    }

    /** The terms, or null when a line of the rubric or the quotas cannot be read (the errors say which). */
    CallDetails details(Errors errors) {
        List<Criterion> rubric = new ArrayList<>();
        int number = 0;
        for (String line : lines(criteria)) {
            number++;
            String[] parts = line.split(";", -1);
            Integer weight = parts.length == 3 ? integer(parts[0]) : null;
            if (weight == null || parts[1].isBlank() || parts[2].isBlank()) {
                errors.rejectValue("criteria", "curation.form.criterionLine", new Object[] {number}, null);
                return null;
            }
            rubric.add(new Criterion(parts[1].strip(), parts[2].strip(), weight));
        }
        Map<String, Integer> quotas = new LinkedHashMap<>();
        number = 0;
        for (String line : lines(regionQuotas)) {
            number++;
            String[] parts = line.split(";", -1);
            Integer seats = parts.length == 2 ? integer(parts[1]) : null;
            if (seats == null || parts[0].isBlank()) {
                errors.rejectValue("regionQuotas", "curation.form.quotaLine", new Object[] {number}, null);
                return null;
            }
            quotas.put(parts[0].strip(), seats);
        }
        Map<BoothZone, Integer> zones = new EnumMap<>(BoothZone.class);
        zoneQuotas.forEach((zone, seats) -> {
            if (seats != null) {
                zones.put(zone, seats);
            }
        });
        Set<Craft> crafts = eligibleCrafts.isEmpty() ? Set.of() : EnumSet.copyOf(eligibleCrafts);
        return new CallDetails(title, stageIds, opensAt.atZone(Bali.ZONE).toInstant(), deadline.atZone(Bali.ZONE).toInstant(),
                maxProducts, statementLimit, scaleMax, passMark, excludeOwnCouncil,
                scoringClosesAt.atZone(Bali.ZONE).toInstant(), Set.copyOf(eligibleRegions), crafts, rubric, quotas, zones);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Long> getStageIds() {
        return stageIds;
    }

    public void setStageIds(List<Long> stageIds) {
        this.stageIds = stageIds;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public LocalDateTime getScoringClosesAt() {
        return scoringClosesAt;
    }

    public void setScoringClosesAt(LocalDateTime scoringClosesAt) {
        this.scoringClosesAt = scoringClosesAt;
    }

    public Integer getMaxProducts() {
        return maxProducts;
    }

    public void setMaxProducts(Integer maxProducts) {
        this.maxProducts = maxProducts;
    }

    public Integer getStatementLimit() {
        return statementLimit;
    }

    public void setStatementLimit(Integer statementLimit) {
        this.statementLimit = statementLimit;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(Integer scaleMax) {
        this.scaleMax = scaleMax;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public boolean isExcludeOwnCouncil() {
        return excludeOwnCouncil;
    }

    public void setExcludeOwnCouncil(boolean excludeOwnCouncil) {
        this.excludeOwnCouncil = excludeOwnCouncil;
    }

    public List<String> getEligibleRegions() {
        return eligibleRegions;
    }

    public void setEligibleRegions(List<String> eligibleRegions) {
        this.eligibleRegions = eligibleRegions;
    }

    public List<Craft> getEligibleCrafts() {
        return eligibleCrafts;
    }

    public void setEligibleCrafts(List<Craft> eligibleCrafts) {
        this.eligibleCrafts = eligibleCrafts;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public String getRegionQuotas() {
        return regionQuotas;
    }

    public void setRegionQuotas(String regionQuotas) {
        this.regionQuotas = regionQuotas;
    }

    public Map<BoothZone, Integer> getZoneQuotas() {
        return zoneQuotas;
    }

    public void setZoneQuotas(Map<BoothZone, Integer> zoneQuotas) {
        this.zoneQuotas = zoneQuotas;
    }
}
