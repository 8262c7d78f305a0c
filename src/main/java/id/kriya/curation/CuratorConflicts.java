package id.kriya.curation;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.council.CouncilManagement;
import org.springframework.stereotype.Component;

/**
 * Whose scores count for an application: a curator assigned to the call, never on an application of a business they
 * belong to, and not from the applicant's own council when the call excludes that. The curator's desk hides the
 * others' applications; the results leave out their sheets, so a curator removed, or re-assigned from another
 * council, no longer weighs.
 */
@Component
class CuratorConflicts {

    private final CouncilManagement councils;
    private final ArtisanManagement artisans;

    CuratorConflicts(CouncilManagement councils, ArtisanManagement artisans) {
        this.councils = councils;
        this.artisans = artisans;
    }

    /** The applications this curator may not score, worked out once for a whole list. */
    Predicate<Application> excludedFor(Call call, long curatorId) {
        Optional<Long> ownBusiness = artisans.businessIdOf(curatorId);
        String home = call.curators().get(curatorId);
        Set<String> ownAreas = call.excludeOwnCouncil() && home != null ? councils.regionCodesUnder(home) : Set.of();
        return application -> ownBusiness.filter(id -> id == application.businessId()).isPresent()
                || ownAreas.contains(application.regionCode());
    }

    /** The applications whose sheets by this curator count in the results. */
    Predicate<Application> countsFor(Call call, long curatorId) {
        if (!call.curators().containsKey(curatorId)) {
            return application -> false;
        }
        return excludedFor(call, curatorId).negate();
    }
}
