package id.kriya.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountView;
import id.kriya.account.Role;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.CuratedProducts;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.StageView;
import id.kriya.shared.Bali;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for the officers of the organising council (or the province above it): opening a call, its curators, its
 * phases, the results with identities, the proposal, hand adjustments with reasons, and publishing. An officer acts
 * only on calls of exhibitions in their jurisdiction; any other call is not found for them.
 * <p>
 * A call may be opened for a stage that has already taken place (the council recording a selection it ran on paper):
 * its entries are then closed by hand with {@link #closeEntries}, and the rest goes as usual.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class CallManagement {

    private final Calls calls;
    private final Applications applications;
    private final Scoresheets scoresheets;
    private final Adjustments adjustments;
    private final ExhibitionManagement exhibitions;
    private final ExhibitorRoster roster;
    private final CuratedProducts curated;
    private final ProductCatalog catalog;
    private final AccountManagement accounts;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final CuratorConflicts conflicts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallManagement(Calls calls, Applications applications, Scoresheets scoresheets, Adjustments adjustments,
                   ExhibitionManagement exhibitions, ExhibitorRoster roster, CuratedProducts curated,
                   ProductCatalog catalog, AccountManagement accounts, ArtisanManagement artisans, CouncilManagement councils,
                   CuratorConflicts conflicts, ApplicationEventPublisher events, Clock clock) {
        this.conflicts = conflicts;
        this.calls = calls;
        this.applications = applications;
        this.scoresheets = scoresheets;
        this.adjustments = adjustments;
        this.exhibitions = exhibitions;
        this.roster = roster;
        this.curated = curated;
        this.catalog = catalog;
        this.accounts = accounts;
        this.artisans = artisans;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    /** The calls of exhibitions in this officer's jurisdiction, latest deadline first. */
    public List<CallView> callsOf(long officerId) {
        List<Long> ids = exhibitions.exhibitionsOf(officerId).stream().map(ExhibitionView::id).toList();
        Instant now = clock.instant();
        return calls.findByExhibitionIdInOrderByDeadlineDesc(ids).stream().map(call -> call.toView(now)).toList();
    }

    /**
     * What a regency's officers follow of calls run above them: their own IKM's applications, with their status, to
     * calls of exhibitions outside the officer's jurisdiction (those inside it they manage on the call's page).
     */
    public List<AreaApplication> applicationsFromAreaOf(long officerId) {
        Jurisdiction jurisdiction = councils.jurisdictionOf(officerId).orElseThrow(CurationNotFoundException::new);
        Set<Long> managed = exhibitions.exhibitionsOf(officerId).stream().map(ExhibitionView::id)
                .collect(Collectors.toSet());
        List<Application> found = applications.findByRegionCodeInOrderByIdDesc(jurisdiction.regionCodes());
        Map<Long, Call> byId = calls.findAllById(found.stream().map(Application::callId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Call::id, Function.identity()));
        Map<String, String> areas = councils.areaNames();
        Map<Long, ArtisanProfile> businesses = artisans.findAll(found.stream().map(Application::businessId).toList());
        return found.stream().filter(application -> !managed.contains(byId.get(application.callId()).exhibitionId()))
                .map(application -> new AreaApplication(application.callId(), byId.get(application.callId()).title(),
                        nameOf(businesses, application),
                        areas.getOrDefault(application.regionCode(), application.regionCode()), application.status()))
                .toList();
    }

    /** An application from an officer's area to a call run by a council above theirs. */
    public record AreaApplication(long callId, String callTitle, String businessName, String regionName,
                                  ApplicationStatus status) {
    }

    public CallView callOf(long officerId, long callId) {
        return own(officerId, callId).toView(clock.instant());
    }

    /** The exhibition a call belongs to, with its stages. */
    public ExhibitionView exhibitionOf(long officerId, long callId) {
        return exhibitions.exhibitionOf(officerId, own(officerId, callId).exhibitionId());
    }

    /**
     * Opens a call for stages of an exhibition the officer's council organises.
     *
     * @throws CurationRuleException when the terms are incomplete or wrong, or a stage is not the exhibition's
     */
    @Transactional
    public long open(long officerId, long exhibitionId, CallDetails details) {
        ExhibitionView exhibition = exhibition(officerId, exhibitionId);
        Call.check(details);
        checkAgainst(exhibition, details, null);
        return calls.save(new Call(exhibition.id(), exhibition.organiserCode(), details, clock.instant())).id();
    }

    /** Changes a call's terms; only until its deadline, while applicants may still adjust to them. */
    @Transactional
    public void change(long officerId, long callId, CallDetails details) {
        Call call = own(officerId, callId);
        if (!clock.instant().isBefore(call.deadline())) {
            throw new CurationRuleException("curation.rule.deadlinePassedForCall");
        }
        Call.check(details);
        checkAgainst(exhibition(officerId, call.exhibitionId()), details, call.id());
        call.change(details);
    }

    /**
     * A call's stages are the exhibition's, and no other call fills them: each stage's seats are counted by one
     * call, so two selections never overfill it.
     */
    private void checkAgainst(ExhibitionView exhibition, CallDetails details, Long callId) {
        Set<Long> stages = exhibition.stages().stream().map(StageView::id).collect(Collectors.toSet());
        if (!stages.containsAll(details.stageIds())) {
            throw new CurationRuleException("curation.rule.noStage");
        }
        boolean taken = calls.findByExhibitionId(exhibition.id()).stream()
                .filter(other -> !other.id().equals(callId))
                .anyMatch(other -> other.stageIds().stream().anyMatch(details.stageIds()::contains));
        if (taken) {
            throw new CurationRuleException("curation.rule.stageInAnotherCall");
        }
        Set<String> area = councils.regionCodesUnder(exhibition.organiserCode());
        if (!area.containsAll(details.eligibleRegions()) || !area.containsAll(details.regionQuotas().keySet())) {
            throw new CurationRuleException("curation.rule.regionOutsideArea");
        }
    }

    /**
     * Adds a curator to the call by their e-mail, with the council they come from.
     *
     * @throws CurationRuleException when nobody with that e-mail is a curator, or the council is unknown
     */
    @Transactional
    public void assignCurator(long officerId, long callId, String email, String homeCouncilCode) {
        Call call = own(officerId, callId);
        AccountView curator = accounts.findByEmail(email == null ? "" : email.strip())
                .filter(account -> account.has(Role.CURATOR))
                .orElseThrow(() -> new CurationRuleException("curation.rule.notACurator"));
        if (homeCouncilCode == null || councils.find(homeCouncilCode).isEmpty()) {
            throw new CurationRuleException("curation.rule.noSuchCouncil");
        }
        call.assign(curator.id(), homeCouncilCode);
    }

    @Transactional
    public void removeCurator(long officerId, long callId, long curatorId) {
        own(officerId, callId).unassign(curatorId);
    }

    /** Names of the call's curators by id. */
    public Map<Long, String> curatorNames(long officerId, long callId) {
        return names(own(officerId, callId).curators().keySet());
    }

    @Transactional
    public void closeEntries(long officerId, long callId) {
        own(officerId, callId).closeEntries(clock.instant());
    }

    @Transactional
    public void closeScoring(long officerId, long callId) {
        own(officerId, callId).closeScoring(clock.instant());
    }

    private static String nameOf(Map<Long, ArtisanProfile> businesses, Application application) {
        ArtisanProfile business = businesses.get(application.businessId());
        return business == null ? "" : business.name();
    }

    /** Every application that was not withdrawn, with who sent it and how curators scored it, best average first. */
    public List<ApplicationResult> results(long officerId, long callId) {
        Call call = own(officerId, callId);
        return results(call, stageStart(call));
    }

    private List<ApplicationResult> results(Call call, java.time.LocalDate firstDay) {
        List<Application> active = applications.findByCallIdOrderByBlindCode(call.id()).stream()
                .filter(Application::isActive).toList();
        Map<Long, Application> byId = active.stream().collect(Collectors.toMap(Application::id, application -> application));
        Map<Long, Predicate<Application>> counted = new HashMap<>();
        Map<Long, List<Scoresheet>> sheets = scoresheets.findByApplicationIdIn(byId.keySet()).stream()
                .filter(sheet -> counted.computeIfAbsent(sheet.curatorId(), curator -> conflicts.countsFor(call, curator))
                        .test(byId.get(sheet.applicationId())))
                .collect(Collectors.groupingBy(Scoresheet::applicationId));
        Map<Long, String> names = names(sheets.values().stream().flatMap(List::stream).map(Scoresheet::curatorId)
                .collect(Collectors.toSet()));
        Map<Long, Long> appearances = roster.appearancesBefore(active.stream().map(Application::businessId).toList(),
                firstDay);
        Map<String, String> areas = councils.areaNames();
        Map<Long, ArtisanProfile> businesses = artisans.findAll(active.stream().map(Application::businessId).toList());
        List<ApplicationResult> results = new ArrayList<>();
        for (Application application : active) {
            List<ApplicationResult.CuratorScore> scores = sheets.getOrDefault(application.id(), List.of()).stream()
                    .map(sheet -> new ApplicationResult.CuratorScore(sheet.curatorId(),
                            names.getOrDefault(sheet.curatorId(), ""), sheet.total(call.criteria(), call.scaleMax()),
                            sheet.comment()))
                    .sorted(Comparator.comparing(ApplicationResult.CuratorScore::curatorName)).toList();
            Double average = scores.isEmpty() ? null
                    : scores.stream().mapToDouble(ApplicationResult.CuratorScore::total).average().orElse(0);
            Double spread = scores.isEmpty() ? null
                    : scores.stream().mapToDouble(ApplicationResult.CuratorScore::total).max().orElse(0)
                    - scores.stream().mapToDouble(ApplicationResult.CuratorScore::total).min().orElse(0);
            String business = nameOf(businesses, application);
            results.add(new ApplicationResult(application.toView(), business, application.regionCode(),
                    areas.getOrDefault(application.regionCode(), application.regionCode()), scores, average, spread,
                    appearances.getOrDefault(application.businessId(), 0L), application.proposedOutcome(),
                    application.proposedStageId()));
        }
        results.sort(Comparator.comparing((ApplicationResult result) -> result.average() == null ? -1 : result.average())
                .reversed());
        return results;
    }

    /**
     * Proposes who shows at which stage by the rule in {@link Selection}, replacing any earlier proposal and its
     * hand adjustments' effect (the record of those stays).
     *
     * @throws CurationRuleException while scoring is open, or once published
     */
    @Transactional
    public void propose(long officerId, long callId) {
        Call call = own(officerId, callId);
        call.proposed(clock.instant());
        ExhibitionView exhibition = roster.exhibition(call.exhibitionId()).orElseThrow(CurationNotFoundException::new);
        List<Selection.StageSeats> stages = exhibition.stages().stream()
                .filter(stage -> call.stageIds().contains(stage.id()))
                .sorted(Comparator.comparing(StageView::start))
                .map(stage -> new Selection.StageSeats(stage.id(), stage.capacities())).toList();
        List<ApplicationResult> results = results(call, stageStart(call));
        List<Selection.Candidate> candidates = results.stream()
                .map(result -> new Selection.Candidate(result.application().id(), result.application().blindCode(),
                        result.regionCode(), result.application().zone(), result.application().preferredStageId(),
                        result.average(), result.appearances()))
                .toList();
        Map<Long, Selection.Placement> placements = Selection.propose(candidates, stages, call.passMark(),
                call.regionQuotas(), call.zoneQuotas());
        Map<Long, Application> byId = applications.findAllById(placements.keySet()).stream()
                .collect(Collectors.toMap(Application::id, Function.identity()));
        placements.forEach((id, placement) -> byId.get(id).propose(placement.outcome(), placement.stageId()));
    }

    /**
     * Moves an application in the proposal by hand: into a stage, onto the waiting list or out, with a reason that is
     * kept with the officer's name and the time.
     *
     * @throws CurationRuleException without a reason, for a stage not in the call, before a proposal or once published
     */
    @Transactional
    public void adjust(long officerId, long callId, long applicationId, ApplicationStatus outcome, Long stageId,
                       String reason) {
        Call call = own(officerId, callId);
        call.mayAdjust();
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new CurationRuleException("curation.rule.reasonMissing");
        }
        if (outcome == null || !outcome.isOutcome()) {
            throw new CurationRuleException("curation.rule.outcome");
        }
        if (outcome == ApplicationStatus.SELECTED && (stageId == null || !call.stageIds().contains(stageId))) {
            throw new CurationRuleException("curation.rule.noStage");
        }
        Application application = applications.findById(applicationId)
                .filter(found -> found.callId() == call.id() && found.isActive())
                .orElseThrow(CurationNotFoundException::new);
        Long to = outcome == ApplicationStatus.SELECTED ? stageId : null;
        adjustments.save(new Adjustment(call.id(), application.id(), officerId,
                application.proposedOutcome() == null ? ApplicationStatus.SUBMITTED : application.proposedOutcome(),
                application.proposedStageId(), outcome, to, reason.strip(), clock.instant()));
        application.propose(outcome, to);
    }

    /** The hand changes made to the proposal, oldest first. */
    public List<AdjustmentView> adjustments(long officerId, long callId) {
        Call call = own(officerId, callId);
        Map<Long, String> codes = applications.findByCallIdOrderByBlindCode(call.id()).stream()
                .collect(Collectors.toMap(Application::id, Application::blindCode));
        List<Adjustment> made = adjustments.findByCallIdOrderById(call.id());
        Map<Long, String> names = names(made.stream().map(Adjustment::officerId).collect(Collectors.toSet()));
        return made.stream().map(adjustment -> adjustment.toView(codes.get(adjustment.applicationId()),
                names.getOrDefault(adjustment.officerId(), ""))).toList();
    }

    /**
     * Makes the proposal final, once: every application gets its outcome, the selected IKM join their stage's
     * exhibitors with their zone and products, their products get the curated mark, and each applicant is told.
     */
    @Transactional
    public void publish(long officerId, long callId) {
        Call call = own(officerId, callId);
        Instant now = clock.instant();
        call.publish(now);
        Map<Long, String> stageTitles = roster.exhibition(call.exhibitionId()).orElseThrow(CurationNotFoundException::new)
                .stages().stream().collect(Collectors.toMap(StageView::id, StageView::title));
        List<Long> selectedProducts = new ArrayList<>();
        List<Application> all = applications.findByCallIdOrderByBlindCode(call.id());
        // A product taken off the catalog since it was entered neither shows nor earns the mark.
        Set<Long> stillPublic = catalog.findAll(all.stream().flatMap(application -> application.productIds().stream())
                .distinct().toList()).stream().filter(ProductView::isPublic).map(ProductView::id)
                .collect(Collectors.toSet());
        for (Application application : all) {
            if (!application.isActive()) {
                continue;
            }
            application.decide(now);
            if (application.status() == ApplicationStatus.SELECTED) {
                List<Long> shown = application.productIds().stream().filter(stillPublic::contains).toList();
                roster.admit(application.stageId(), application.businessId(), application.zone(), shown);
                selectedProducts.addAll(shown);
            }
            events.publishEvent(new ApplicationDecided(application.id(), call.id(), application.businessId(),
                    call.title(), application.status(),
                    application.stageId() == null ? "" : stageTitles.getOrDefault(application.stageId(), "")));
        }
        curated.mark(selectedProducts);
    }

    private java.time.LocalDate stageStart(Call call) {
        return roster.exhibition(call.exhibitionId()).stream().flatMap(exhibition -> exhibition.stages().stream())
                .filter(stage -> call.stageIds().contains(stage.id())).map(StageView::start)
                .min(java.time.LocalDate::compareTo).orElse(Bali.today(clock));
    }

    private Map<Long, String> names(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAll(userIds).forEach(account -> names.put(account.id(), account.displayName()));
        return names;
    }

    private ExhibitionView exhibition(long officerId, long exhibitionId) {
        try {
            return exhibitions.exhibitionOf(officerId, exhibitionId);
        } catch (ExhibitionNotFoundException e) {
            throw new CurationNotFoundException();
        }
    }

    private Call own(long officerId, long callId) {
        Call call = calls.findById(callId).orElseThrow(CurationNotFoundException::new);
        exhibition(officerId, call.exhibitionId());
        return call;
    }
}
