package id.kriya.artisan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verified businesses only: what the public, the site module and later modules may show. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ArtisanDirectory {

    private final Businesses businesses;

    ArtisanDirectory(Businesses businesses) {
        this.businesses = businesses;
    }

    /** Verified businesses in these regions matching craft and words (both optional), newest first. */
    public Page<ArtisanSummary> verified(Collection<String> regionCodes, Craft craft, String text, Pageable pageable) {
        if (regionCodes.isEmpty()) {
            return Page.empty(pageable);
        }
        MemberFilter filter = new MemberFilter(null, craft, BusinessStatus.VERIFIED, null, text);
        return businesses.findAll(BusinessQueries.matching(regionCodes, filter), sorted(pageable))
                .map(Business::toSummary);
    }

    /** Count of verified businesses per region code; a region without any is absent. */
    public Map<String, Long> countsByRegion() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : businesses.countByRegion(BusinessStatus.VERIFIED)) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** A verified business by its address; pending and rejected ones do not exist for the public. */
    public Optional<ArtisanProfile> published(String slug) {
        return businesses.findBySlugAndStatus(slug, BusinessStatus.VERIFIED).map(Business::toProfile);
    }

    /**
     * Several verified businesses by id in one query (an exhibition's exhibitors, say), by id; pending, rejected and
     * unknown ones are absent.
     */
    public Map<Long, ArtisanProfile> verified(Collection<Long> businessIds) {
        Map<Long, ArtisanProfile> found = new HashMap<>();
        if (businessIds.isEmpty()) {
            return found;
        }
        businesses.findAllById(businessIds).stream().filter(business -> business.status() == BusinessStatus.VERIFIED)
                .map(Business::toProfile).forEach(profile -> found.put(profile.id(), profile));
        return found;
    }

    static Pageable sorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 50), BusinessQueries.NEWEST_FIRST);
    }
}
