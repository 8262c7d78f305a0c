package id.kriya.trust.standing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import id.kriya.ordering.ServiceRecords;
import id.kriya.trust.TrustedMakerChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each shop's standing, recomputed from its orders, reviews and complaints when one of them changes (and daily as
 * the window slides), never while a page is drawn. Gaining or losing the trusted-maker badge is announced.
 */
@Service
public class ShopStandings {

    private final Standings standings;
    private final ServiceRecords serviceRecords;
    private final ReviewScores reviews;
    private final ComplaintTally complaints;
    private final StandingRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShopStandings(Standings standings, ServiceRecords serviceRecords, ReviewScores reviews, ComplaintTally complaints,
                  StandingRules rules, ApplicationEventPublisher events, Clock clock) {
        this.standings = standings;
        this.serviceRecords = serviceRecords;
        this.reviews = reviews;
        this.complaints = complaints;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Computes the shop's standing again now, with its row locked so two changes at once do not race. */
    @Transactional
    public StandingFigures recompute(long businessId) {
        Instant now = clock.instant();
        standings.ensure(businessId, now);
        Standing standing = standings.lock(businessId).orElseThrow();
        Instant since = now.atZone(ZoneOffset.UTC).minus(rules.window()).toInstant();
        boolean changed = standing.update(serviceRecords.of(businessId, since, now, rules.answerWithin()),
                reviews.of(businessId, since), complaints.of(businessId, since), rules, now);
        if (changed) {
            events.publishEvent(new TrustedMakerChanged(businessId, standing.isTrusted()));
        }
        return standing.toFigures();
    }

    @Transactional(readOnly = true)
    public Optional<StandingFigures> of(long businessId) {
        return standings.findById(businessId).map(Standing::toFigures);
    }

    public StandingRules rules() {
        return rules;
    }
}
