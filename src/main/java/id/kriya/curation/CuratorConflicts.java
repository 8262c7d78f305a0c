package id.kriya.curation;

import id.kriya.council.CouncilManagement;
import org.springframework.stereotype.Component;

/**
 * Whose scores count for an application: a curator assigned to the call, and not from the applicant's own council
 * when the call excludes that. The curator's desk hides the others' applications; the results leave out their
 * sheets, so a curator removed, or re-assigned from another council, no longer weighs.
 */
@Component
class CuratorConflicts {

    private final CouncilManagement councils;

    CuratorConflicts(CouncilManagement councils) {
        this.councils = councils;
    }

    boolean excluded(Call call, long curatorId, Application application) {
        if (!call.excludeOwnCouncil()) {
            return false;
        }
        String home = call.curators().get(curatorId);
        return home != null && councils.regionCodesUnder(home).contains(application.regionCode());
    }

    boolean counts(Call call, long curatorId, Application application) {
        return call.curators().containsKey(curatorId) && !excluded(call, curatorId, application);
    }
}
