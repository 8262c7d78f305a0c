package id.kriya.trust.complaint;

import java.time.Clock;
import java.util.List;

import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintProgressed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The deadlines of complaints, kept in the complaints themselves and enforced here: every poll takes a few due
 * complaints with their rows locked and skipped by other instances, so each step runs once however many instances
 * poll. An artisan or a buyer silent past their time sends the complaint to mediation; a return not sent lapses;
 * a return not confirmed counts as received (its refund is then owed); a replacement not confirmed counts as
 * arrived; a refund or replacement not made in time is put before the officers.
 */
@Component
class DueComplaints {

    private static final Logger log = LoggerFactory.getLogger(DueComplaints.class);
    private static final int BATCH = 20;

    private final Complaints complaints;
    private final ComplaintEffects effects;
    private final ComplaintProperties times;
    private final TransactionOperations transactions;
    private final Clock clock;

    DueComplaints(Complaints complaints, ComplaintEffects effects, ComplaintProperties times,
                  TransactionOperations transactions, Clock clock) {
        this.complaints = complaints;
        this.effects = effects;
        this.times = times;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kriya.trust.complaint.due-poll-interval:PT1M}",
            initialDelayString = "${kriya.trust.complaint.due-poll-interval:PT1M}")
    void poll() {
        int moved = runDue();
        if (moved > 0) {
            log.info("Moved {} complaints on whose deadline had passed", moved);
        }
    }

    /** Runs what is due now, batch by batch, until nothing is; returns how many complaints moved on. */
    int runDue() {
        int moved = 0;
        while (true) {
            Integer batch = transactions.execute(tx -> {
                List<Long> due = complaints.lockDue(clock.instant(), BATCH);
                due.forEach(id -> complaints.findById(id).ifPresent(this::moveOn));
                return due.size();
            });
            moved += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                return moved;
            }
        }
    }

    private void moveOn(Complaint complaint) {
        switch (complaint.status()) {
            case AWAITING_ARTISAN, AWAITING_BUYER ->
                    effects.escalated(complaint, complaint.escalateWhenSilent(clock.instant(), times));
            case AWAITING_RETURN -> {
                complaint.lapse(clock.instant());
                effects.closedIfSo(complaint);
            }
            case RETURN_SHIPPED -> {
                complaint.returnReceived(null, clock.instant(), times);
                effects.refundOwed(complaint, null);
                effects.progressed(complaint, ComplaintProgressed.Step.RETURN_RECEIVED, ComplaintParty.SYSTEM);
            }
            case REPLACEMENT_SHIPPED -> {
                complaint.replacementReceived(null, clock.instant());
                effects.closedIfSo(complaint);
            }
            case AWAITING_REFUND, AWAITING_REPLACEMENT -> {
                complaint.markOverdue(clock.instant());
                effects.progressed(complaint, ComplaintProgressed.Step.OVERDUE, ComplaintParty.SYSTEM);
            }
            default -> log.warn("Complaint {} was due in status {}", complaint.number(), complaint.status());
        }
    }
}
