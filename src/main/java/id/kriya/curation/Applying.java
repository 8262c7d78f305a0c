package id.kriya.curation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.BusinessStatus;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.council.CouncilManagement;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls as an IKM meets them: the open calls its business may answer, applying with its own public products and a
 * statement, changing or withdrawing the application until the deadline, and its status after. Only members of a
 * verified business apply, and only to calls whose regions and crafts include it; an application belongs to the
 * business, so its owner and staff see the same one.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Applying {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Calls calls;
    private final Applications applications;
    private final ArtisanManagement artisans;
    private final ProductCatalog catalog;
    private final CouncilManagement councils;
    private final Clock clock;

    Applying(Calls calls, Applications applications, ArtisanManagement artisans, ProductCatalog catalog,
             CouncilManagement councils, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.artisans = artisans;
        this.catalog = catalog;
        this.councils = councils;
        this.clock = clock;
    }

    /** Calls taking entries now that this person's verified business may answer, nearest deadline first. */
    public List<CallView> openCalls(long userId) {
        Optional<ArtisanProfile> business = artisans.verifiedBusinessOf(userId);
        if (business.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return calls.findAllByOrderByDeadlineDesc().stream()
                .filter(call -> call.takesEntries(now) && eligible(call, business.get()))
                .map(call -> call.toView(now)).sorted(java.util.Comparator.comparing(CallView::deadline)).toList();
    }

    /** The applications of this person's business, newest first, with their calls. */
    public List<MyApplication> applicationsOf(long userId) {
        Optional<Long> business = artisans.businessIdOf(userId);
        if (business.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Application> mine = applications.findByBusinessIdOrderByIdDesc(business.get());
        Map<Long, Call> byId = calls.findAllById(mine.stream().map(Application::callId).toList()).stream()
                .collect(Collectors.toMap(Call::id, Function.identity()));
        return mine.stream().map(application -> new MyApplication(byId.get(application.callId()).toView(now),
                application.toView())).toList();
    }

    /** A call this person's business may answer or has answered; anything else is not found. */
    public MyApplication call(long userId, long callId) {
        ArtisanProfile business = artisans.businessOf(userId).orElseThrow(CurationNotFoundException::new);
        Call call = calls.findById(callId).orElseThrow(CurationNotFoundException::new);
        Optional<Application> application = applications.findByCallIdAndBusinessId(callId, business.id());
        if (application.isEmpty() && !(call.takesEntries(clock.instant()) && eligible(call, business)
                && business.status() == BusinessStatus.VERIFIED)) {
            throw new CurationNotFoundException();
        }
        return new MyApplication(call.toView(clock.instant()), application.map(Application::toView).orElse(null));
    }

    /**
     * Applies to a call for this person's business.
     *
     * @throws CurationRuleException after the deadline, when the business already applied, is not verified or not
     *                               eligible, or the entry is wrong (a product not its own or not public, too many)
     */
    @Transactional
    public ApplicationView apply(long userId, long callId, Entry entry) {
        ArtisanProfile business = artisans.verifiedBusinessOf(userId)
                .orElseThrow(() -> new CurationRuleException("curation.rule.notVerified"));
        Call call = calls.findById(callId).orElseThrow(CurationNotFoundException::new);
        Instant now = clock.instant();
        entriesOpen(call, now);
        if (!eligible(call, business)) {
            throw new CurationRuleException("curation.rule.notEligible");
        }
        if (applications.findByCallIdAndBusinessId(callId, business.id()).isPresent()) {
            throw new CurationRuleException("curation.rule.alreadyApplied");
        }
        check(call, business, entry);
        try {
            return applications.saveAndFlush(new Application(callId, business.id(), business.regionCode(),
                    freeCode(callId), entry, now)).toView();
        } catch (DataIntegrityViolationException e) {
            throw new CurationRuleException("curation.rule.alreadyApplied");
        }
    }

    /** Changes the business's application (or sends a withdrawn one again) until the deadline. */
    @Transactional
    public ApplicationView change(long userId, long callId, Entry entry) {
        ArtisanProfile business = artisans.verifiedBusinessOf(userId)
                .orElseThrow(() -> new CurationRuleException("curation.rule.notVerified"));
        Call call = calls.findById(callId).orElseThrow(CurationNotFoundException::new);
        Application application = applications.findByCallIdAndBusinessId(callId, business.id())
                .orElseThrow(CurationNotFoundException::new);
        Instant now = clock.instant();
        entriesOpen(call, now);
        check(call, business, entry);
        application.change(entry, now);
        return application.toView();
    }

    @Transactional
    public void withdraw(long userId, long callId) {
        long business = artisans.businessIdOf(userId).orElseThrow(CurationNotFoundException::new);
        Call call = calls.findById(callId).orElseThrow(CurationNotFoundException::new);
        Application application = applications.findByCallIdAndBusinessId(callId, business)
                .orElseThrow(CurationNotFoundException::new);
        entriesOpen(call, clock.instant());
        application.withdraw(clock.instant());
    }

    /** The public products of this person's business that an application may name, newest first. */
    public List<ProductView> productsToOffer(long userId) {
        return artisans.businessIdOf(userId)
                .map(business -> catalog.shop(business,
                        org.springframework.data.domain.PageRequest.of(0, 100)).getContent())
                .orElse(List.of());
    }

    private static void entriesOpen(Call call, Instant now) {
        if (!call.takesEntries(now)) {
            throw new CurationRuleException(now.isBefore(call.deadline()) ? "curation.rule.notYetOpen"
                    : "curation.rule.deadlinePassed");
        }
    }

    private void check(Call call, ArtisanProfile business, Entry entry) {
        if (entry.productIds().isEmpty()) {
            throw new CurationRuleException("curation.rule.noProducts");
        }
        if (entry.productIds().stream().distinct().count() > call.maxProducts()) {
            throw new CurationRuleException("curation.rule.tooManyProducts", call.maxProducts());
        }
        Map<Long, ProductView> products = catalog.findAll(entry.productIds()).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        for (Long productId : entry.productIds()) {
            ProductView product = products.get(productId);
            if (product == null || product.businessId() != business.id()) {
                throw new CurationRuleException("curation.rule.notYourProduct");
            }
            if (!product.isPublic()) {
                throw new CurationRuleException("curation.rule.productNotPublic", product.title());
            }
        }
        if (entry.statement() == null || entry.statement().isBlank()) {
            throw new CurationRuleException("curation.rule.statementMissing");
        }
        if (entry.statement().strip().length() > call.statementLimit()) {
            throw new CurationRuleException("curation.rule.statementTooLong", call.statementLimit());
        }
        if (entry.zone() == null) {
            throw new CurationRuleException("curation.rule.zoneMissing");
        }
        if (entry.preferredStageId() != null && !call.stageIds().contains(entry.preferredStageId())) {
            throw new CurationRuleException("curation.rule.noStage");
        }
    }

    private boolean eligible(Call call, ArtisanProfile business) {
        boolean region = call.eligibleRegions().isEmpty()
                ? councils.regionCodesUnder(call.organiserCode()).contains(business.regionCode())
                : call.eligibleRegions().contains(business.regionCode());
        boolean craft = call.eligibleCrafts().isEmpty()
                || !Collections.disjoint(call.eligibleCrafts(), business.crafts());
        return region && craft;
    }

    /** A random code such as "A-4821": it says nothing of who applied or when. */
    private String freeCode(long callId) {
        String code;
        do {
            code = "A-%04d".formatted(RANDOM.nextInt(10_000));
        } while (applications.existsByCallIdAndBlindCode(callId, code));
        return code;
    }

    /** A call with this business's application to it, or null while it has none. */
    public record MyApplication(CallView call, ApplicationView application) {

        public boolean hasApplied() {
            return application != null;
        }
    }
}
