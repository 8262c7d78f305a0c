package id.kriya.ordering;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The scheduled work of orders, kept in the orders themselves (when payment is due, when completion is due): every
 * poll takes a few due orders with their rows locked and skipped by other instances, and moves each on in its own
 * transaction, so that each expiry and completion runs once however many instances poll.
 */
@Component
class DueOrders {

    private static final Logger log = LoggerFactory.getLogger(DueOrders.class);
    private static final int BATCH = 20;

    private final Orders orders;
    private final OrderManagement management;
    private final TransactionOperations transactions;
    private final Clock clock;

    DueOrders(Orders orders, OrderManagement management, TransactionOperations transactions, Clock clock) {
        this.orders = orders;
        this.management = management;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kriya.ordering.due-poll-interval:PT30S}",
            initialDelayString = "${kriya.ordering.due-poll-interval:PT30S}")
    void poll() {
        int expired = runDue(true);
        int completed = runDue(false);
        if (expired + completed > 0) {
            log.info("Expired {} unpaid orders and completed {} arrived ones", expired, completed);
        }
    }

    /** Runs what is due now, batch by batch, until nothing is; returns how many orders moved on. */
    int runDue(boolean expiries) {
        int moved = 0;
        while (true) {
            Integer batch = transactions.execute(tx -> {
                List<Long> due = expiries
                        ? orders.lockDueExpiries(clock.instant(), BATCH)
                        : orders.lockDueCompletions(clock.instant(), BATCH);
                due.forEach(id -> {
                    if (expiries) {
                        management.expire(id);
                    } else {
                        management.completeAfterArrival(id);
                    }
                });
                return due.size();
            });
            moved += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                return moved;
            }
        }
    }
}
