package id.kriya.trust.complaint;

import java.time.Clock;
import java.util.Set;

import id.kriya.trust.ComplaintParty;
import id.kriya.trust.Remedy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's side: the queue of complaints in an officer's areas that wait for them (in mediation, or a remedy
 * the artisan let run late), every complaint of those areas, and the decision. An officer outside the artisan's
 * area neither sees nor decides it.
 */
@Service
@Transactional
public class ComplaintMediation {

    private final Complaints complaints;
    private final ComplaintAccess access;
    private final ComplaintEffects effects;
    private final ComplaintProperties times;
    private final Clock clock;

    ComplaintMediation(Complaints complaints, ComplaintAccess access, ComplaintEffects effects,
                       ComplaintProperties times, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.effects = effects;
        this.times = times;
        this.clock = clock;
    }

    /** What waits for the officer, the nearest deadline first. */
    @Transactional(readOnly = true)
    public Page<ComplaintView> queue(long officerId, Pageable pageable) {
        Set<String> regions = access.regionsOf(officerId);
        return regions.isEmpty() ? Page.empty(pageable)
                : complaints.waitingIn(regions, pageable).map(Complaint::toView);
    }

    @Transactional(readOnly = true)
    public long waitingCount(long officerId) {
        Set<String> regions = access.regionsOf(officerId);
        return regions.isEmpty() ? 0 : complaints.countWaitingIn(regions);
    }

    /** Every complaint of the officer's areas, newest first. */
    @Transactional(readOnly = true)
    public Page<ComplaintView> inArea(long officerId, Pageable pageable) {
        Set<String> regions = access.regionsOf(officerId);
        return regions.isEmpty() ? Page.empty(pageable)
                : complaints.findByRegionCodeInOrderByOpenedAtDescIdDesc(regions, pageable).map(Complaint::toView);
    }

    /**
     * Decides a complaint in mediation: a remedy (NONE when it does not stand; a partial refund's amount at most
     * the order's total) and why. A refund is then owed, a return or replacement awaited, or the order completes.
     */
    public void decide(long officerId, String number, Remedy remedy, Long amount, String text) {
        Complaint complaint = access.lockedFor(officerId, number, ComplaintParty.OFFICER);
        complaint.decide(officerId, remedy, amount, text, clock.instant(), times);
        effects.settled(complaint, officerId);
    }
}
