package id.kriya.artisan;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What council officers do with members: list, export, verify, reject. Every method takes the officer's user id
 * and answers only within their jurisdiction, so no page or forged request can reach a business elsewhere.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ArtisanVerification {

    /** An export is a working list for the council, not a dump; this bounds one request's memory. */
    static final int EXPORT_LIMIT = 10_000;

    private final Businesses businesses;
    private final BusinessMembers members;
    private final CouncilManagement councils;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArtisanVerification(Businesses businesses, BusinessMembers members, CouncilManagement councils,
                        ApplicationEventPublisher events, Clock clock) {
        this.businesses = businesses;
        this.members = members;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    /** The areas this officer may see; empty for a person with the role but no council. */
    public Set<String> regionCodesOf(long officerId) {
        return councils.jurisdictionOf(officerId).map(Jurisdiction::regionCodes).orElse(Set.of());
    }

    public Page<ArtisanSummary> members(long officerId, MemberFilter filter, Pageable pageable) {
        Set<String> codes = scope(officerId, filter);
        if (codes.isEmpty()) {
            return Page.empty(pageable);
        }
        return businesses.findAll(BusinessQueries.matching(codes, filter), ArtisanDirectory.sorted(pageable))
                .map(Business::toSummary);
    }

    /** How many businesses in the officer's areas wait for verification; one count query. */
    public long pendingCount(long officerId) {
        Set<String> codes = regionCodesOf(officerId);
        if (codes.isEmpty()) {
            return 0;
        }
        return businesses.count(BusinessQueries.matching(codes,
                new MemberFilter(null, null, BusinessStatus.PENDING, null, null)));
    }

    /** Exactly the rows {@link #members} lists for the same filter, all pages at once. */
    public List<ArtisanProfile> export(long officerId, MemberFilter filter) {
        Set<String> codes = scope(officerId, filter);
        if (codes.isEmpty()) {
            return List.of();
        }
        return businesses.findBy(BusinessQueries.matching(codes, filter),
                        query -> query.sortBy(BusinessQueries.NEWEST_FIRST).limit(EXPORT_LIMIT).all())
                .stream().map(Business::toProfile).toList();
    }

    public ArtisanProfile member(long officerId, long businessId) {
        return load(officerId, businessId).toProfile();
    }

    /** Verifies without comparing versions: for callers that read the business in the same breath (demo data). */
    @Transactional
    public void verify(long officerId, long businessId) {
        verify(officerId, businessId, load(officerId, businessId).version());
    }

    /**
     * Verifies the business as the officer read it at {@code version}; refused when the owner changed it since, or
     * when another review lands at the same moment.
     */
    @Transactional
    public void verify(long officerId, long businessId, long version) {
        Business business = reviewable(officerId, businessId, version);
        business.verify(officerId, clock.instant());
        flush();
        events.publishEvent(new ArtisanVerified(business.id(), officerId, business.regionCode()));
    }

    /** Rejects without comparing versions: for callers that read the business in the same breath. */
    @Transactional
    public void reject(long officerId, long businessId, String reason) {
        reject(officerId, businessId, load(officerId, businessId).version(), reason);
    }

    /** Sends the business, as the officer read it at {@code version}, back to its owner with the reason. */
    @Transactional
    public void reject(long officerId, long businessId, long version, String reason) {
        Business business = reviewable(officerId, businessId, version);
        business.reject(officerId, reason, clock.instant());
        flush();
        events.publishEvent(new ArtisanRejected(business.id(), officerId, reason.strip()));
    }

    /** Writes the review now, so that a concurrent review or edit is refused here rather than failing the commit. */
    private void flush() {
        try {
            businesses.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ArtisanRuleException("artisan.review.changed");
        }
    }

    /** A pending business in the officer's area, not their own (nobody vouches for themselves), as they read it. */
    private Business reviewable(long officerId, long businessId, long version) {
        Business business = load(officerId, businessId);
        if (members.existsByBusinessIdAndUserId(businessId, officerId)) {
            throw new ArtisanRuleException("artisan.review.ownBusiness");
        }
        if (business.status() != BusinessStatus.PENDING) {
            throw new ArtisanRuleException("artisan.review.notPending");
        }
        if (business.version() != version) {
            throw new ArtisanRuleException("artisan.review.changed");
        }
        return business;
    }

    /** The officer's areas narrowed by the filter's regency; a regency outside them narrows to nothing. */
    private Set<String> scope(long officerId, MemberFilter filter) {
        Set<String> codes = regionCodesOf(officerId);
        if (filter.regionCode() == null || filter.regionCode().isBlank()) {
            return codes;
        }
        return codes.contains(filter.regionCode()) ? Set.of(filter.regionCode()) : Set.of();
    }

    private Business load(long officerId, long businessId) {
        Set<String> codes = regionCodesOf(officerId);
        return businesses.findById(businessId)
                .filter(business -> codes.contains(business.regionCode()))
                .orElseThrow(() -> new BusinessNotFoundException(businessId));
    }
}
