package id.kriya.trust.standing;

import java.time.Clock;
import java.util.List;

import id.kriya.artisan.ArtisanVerified;
import id.kriya.ordering.OrderStatusChanged;
import id.kriya.trust.ComplaintDecided;
import id.kriya.trust.ComplaintOpened;
import id.kriya.trust.ReviewHidden;
import id.kriya.trust.ReviewPosted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * When a shop's standing is computed again: when one of its orders moves on, a complaint is opened on it or
 * decided, a review of it is posted, changed or hidden, and once a day after the last time,
 * because orders leave the window as days pass. The daily work lives in the rows (recompute_at), each taken with its
 * row locked and skipped by other instances, so it runs once however many instances poll.
 */
@Component
class StandingTriggers {

    private static final int BATCH = 20;

    private final ShopStandings standings;
    private final Standings rows;
    private final TransactionOperations transactions;
    private final Clock clock;

    StandingTriggers(ShopStandings standings, Standings rows, TransactionOperations transactions, Clock clock) {
        this.standings = standings;
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A newly verified shop gets its row (and its first figures) now, not when its page is first opened. */
    @ApplicationModuleListener
    void on(ArtisanVerified event) {
        standings.recompute(event.businessId());
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        standings.recompute(event.businessId());
    }

    @ApplicationModuleListener
    void on(ComplaintOpened event) {
        standings.recompute(event.businessId());
    }

    @ApplicationModuleListener
    void on(ComplaintDecided event) {
        standings.recompute(event.businessId());
    }

    @ApplicationModuleListener
    void on(ReviewPosted event) {
        standings.recompute(event.businessId());
    }

    @ApplicationModuleListener
    void on(ReviewHidden event) {
        standings.recompute(event.businessId());
    }

    @Scheduled(fixedDelayString = "${kriya.trust.standing.poll-interval:PT10M}",
            initialDelayString = "${kriya.trust.standing.poll-interval:PT10M}")
    void poll() {
        runDue();
    }

    /** Recomputes every shop whose time came, batch by batch; returns how many. */
    int runDue() {
        int done = 0;
        while (true) {
            Integer batch = transactions.execute(tx -> {
                List<Long> due = rows.lockDue(clock.instant(), BATCH);
                due.forEach(standings::recompute);
                return due.size();
            });
            done += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                return done;
            }
        }
    }
}
