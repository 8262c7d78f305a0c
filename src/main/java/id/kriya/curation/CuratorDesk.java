package id.kriya.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring, blind: a curator sees only the calls they are assigned to and, once entries close, each application by its
 * random code with its statement and products. When a call keeps curators off their own council's applicants, those
 * applications are not listed for them and a score for one is refused. Scores may be revised until scoring closes.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class CuratorDesk {

    private final Calls calls;
    private final Applications applications;
    private final Scoresheets scoresheets;
    private final ProductCatalog catalog;
    private final MediaLibrary media;
    private final CuratorConflicts conflicts;
    private final Clock clock;

    CuratorDesk(Calls calls, Applications applications, Scoresheets scoresheets, ProductCatalog catalog,
                MediaLibrary media, CuratorConflicts conflicts, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.scoresheets = scoresheets;
        this.catalog = catalog;
        this.media = media;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /** A line of the curator's list: a code and whether they have scored it. */
    public record BlindLine(String code, boolean scored) {
    }

    /** The calls this curator is assigned to, latest deadline first. */
    public List<CallView> callsOf(long curatorId) {
        Instant now = clock.instant();
        return calls.findAllByOrderByDeadlineDesc().stream().filter(call -> call.curators().containsKey(curatorId))
                .map(call -> call.toView(now)).toList();
    }

    /**
     * For each call of this curator now in scoring, how many applications still wait for their score; calls with
     * none waiting are left out. Two queries however many calls (the conflict check reads the curator's own
     * business and council areas once per call).
     */
    public Map<Long, Long> waitingFor(long curatorId) {
        Instant now = clock.instant();
        List<Call> scoring = calls.findAllByOrderByDeadlineDesc().stream()
                .filter(call -> call.curators().containsKey(curatorId))
                .filter(call -> call.phase(now) == CallPhase.SCORING).toList();
        if (scoring.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Application>> byCall = applications.findByCallIdIn(scoring.stream().map(Call::id).toList())
                .stream().filter(Application::isActive)
                .collect(Collectors.groupingBy(Application::callId));
        Set<Long> scored = scoresheets.findByCuratorIdAndApplicationIdIn(curatorId, byCall.values().stream()
                        .flatMap(List::stream).map(Application::id).toList()).stream()
                .map(Scoresheet::applicationId).collect(Collectors.toSet());
        Map<Long, Long> waiting = new java.util.LinkedHashMap<>();
        for (Call call : scoring) {
            long count = byCall.getOrDefault(call.id(), List.of()).stream()
                    .filter(conflicts.excludedFor(call, curatorId).negate())
                    .filter(application -> !scored.contains(application.id())).count();
            if (count > 0) {
                waiting.put(call.id(), count);
            }
        }
        return waiting;
    }

    public CallView call(long curatorId, long callId) {
        return assigned(curatorId, callId).toView(clock.instant());
    }

    /** The applications this curator scores, by code; none while entries are still open. */
    public List<BlindLine> applications(long curatorId, long callId) {
        Call call = assigned(curatorId, callId);
        List<Application> visible = visible(call, curatorId);
        Set<Long> scored = scoresheets.findByApplicationIdIn(visible.stream().map(Application::id).toList()).stream()
                .filter(sheet -> sheet.curatorId() == curatorId).map(Scoresheet::applicationId)
                .collect(Collectors.toSet());
        return visible.stream().map(application -> new BlindLine(application.blindCode(),
                scored.contains(application.id()))).toList();
    }

    public BlindApplication application(long curatorId, long callId, String code) {
        Call call = assigned(curatorId, callId);
        Application application = visibleOne(call, curatorId, code);
        Optional<Scoresheet> sheet = scoresheets.findByApplicationIdAndCuratorId(application.id(), curatorId);
        Map<Long, ProductView> products = catalog.findAll(application.productIds()).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        Map<id.kriya.media.PhotoId, Photo> photos = media.findAll(products.values().stream()
                .flatMap(product -> product.photoIds().stream()).toList());
        List<BlindApplication.BlindProduct> blind = application.productIds().stream().map(products::get)
                .filter(java.util.Objects::nonNull)
                .map(product -> new BlindApplication.BlindProduct(product.title(), product.storyId(),
                        product.storyEn(), product.materialsText(), product.category().name(),
                        product.technique() == null ? null : product.technique().name(), product.lengthCm(),
                        product.widthCm(), product.heightCm(), product.price().formatted(),
                        product.photoIds().stream().map(photos::get).filter(java.util.Objects::nonNull)
                                .map(Photo::cardUrl).toList()))
                .toList();
        return new BlindApplication(application.blindCode(), application.statement(), application.zone(), blind,
                sheet.map(Scoresheet::scores).orElse(List.of()), sheet.map(Scoresheet::comment).orElse(null));
    }

    /**
     * Records or revises this curator's scores for an application, one per criterion in the rubric's order.
     *
     * @throws CurationRuleException when a score lies outside the scale or is missing, or scoring is not open
     * @throws CurationNotFoundException when the curator is not assigned, or the applicant is of their own council
     *                                   and the call excludes that
     */
    @Transactional
    public void score(long curatorId, long callId, String code, List<Integer> scores, String comment) {
        Call call = assigned(curatorId, callId);
        Application application = visibleOne(call, curatorId, code);
        Instant now = clock.instant();
        if (!call.scoringOpen(now)) {
            throw new CurationRuleException(call.scoringClosed(now) ? "curation.rule.scoringClosed"
                    : "curation.rule.scoringNotYetOpen");
        }
        if (comment != null && comment.strip().length() > 2000) {
            throw new CurationRuleException("curation.rule.commentTooLong");
        }
        // A double tap sends the first scores twice: the second waits here and then revises the first's sheet.
        applications.lockById(application.id());
        Scoresheet sheet = scoresheets.findByApplicationIdAndCuratorId(application.id(), curatorId)
                .orElseGet(() -> new Scoresheet(application.id(), curatorId));
        sheet.score(scores, call.criteria().size(), call.scaleMax(), comment, now);
        scoresheets.save(sheet);
    }

    private Application visibleOne(Call call, long curatorId, String code) {
        Application application = applications.findByCallIdAndBlindCode(call.id(), code)
                .filter(Application::isActive).orElseThrow(CurationNotFoundException::new);
        if (clock.instant().isBefore(call.deadline())) {
            throw new CurationNotFoundException();
        }
        if (conflicts.excludedFor(call, curatorId).test(application)) {
            throw new CurationRuleException("curation.rule.ownCouncil");
        }
        return application;
    }

    private List<Application> visible(Call call, long curatorId) {
        if (clock.instant().isBefore(call.deadline())) {
            return List.of();
        }
        return applications.findByCallIdOrderByBlindCode(call.id()).stream().filter(Application::isActive)
                .filter(conflicts.excludedFor(call, curatorId).negate()).toList();
    }

    private Call assigned(long curatorId, long callId) {
        return calls.findById(callId).filter(call -> call.curators().containsKey(curatorId))
                .orElseThrow(CurationNotFoundException::new);
    }
}
