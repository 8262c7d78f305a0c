package id.kriya.trust.complaint;

import java.time.Clock;
import java.util.List;

import id.kriya.media.PrivatePhotoId;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderNotFoundException;
import id.kriya.shipping.Courier;
import id.kriya.trust.ComplaintAnswered.Answer;
import id.kriya.trust.ComplaintEscalated;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintProgressed;
import id.kriya.trust.Remedy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people of a business do with complaints about its orders: answer within the time (accept, offer
 * something else, or reject with an explanation and evidence), ask for mediation, confirm a returned piece is back,
 * pay a refund with its proof, send a replacement. A complaint about another business does not exist for them.
 */
@Service
@Transactional
public class ArtisanComplaints {

    private final Complaints complaints;
    private final ComplaintAccess access;
    private final ComplaintEffects effects;
    private final OrderManagement orders;
    private final ComplaintProperties times;
    private final Clock clock;

    ArtisanComplaints(Complaints complaints, ComplaintAccess access, ComplaintEffects effects,
                      OrderManagement orders, ComplaintProperties times, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.effects = effects;
        this.orders = orders;
        this.times = times;
        this.clock = clock;
    }

    /** The complaints about the person's business, newest first; none for someone without one. */
    @Transactional(readOnly = true)
    public Page<ComplaintView> ofBusiness(long userId, Pageable pageable) {
        return access.businessOf(userId)
                .map(business -> complaints.findByBusinessIdOrderByOpenedAtDescIdDesc(business, pageable)
                        .map(Complaint::toView))
                .orElse(Page.empty(pageable));
    }

    /** Agrees to what the buyer asked; a refund is then owed (in the ledger), a return or replacement awaited. */
    public void accept(long userId, String number, String note) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.ARTISAN);
        complaint.accept(userId, note, clock.instant(), times);
        effects.answered(complaint, Answer.ACCEPTED, userId);
    }

    /** Offers another remedy (a partial refund's amount at most the order's total), saying why. */
    public void offer(long userId, String number, Remedy remedy, Long amount, String text,
                      List<PrivatePhotoId> photos) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.ARTISAN);
        complaint.offer(userId, remedy, amount, text, photos, clock.instant(), times);
        effects.answered(complaint, Answer.OFFERED, userId);
    }

    /**
     * Rejects the complaint with an explanation and evidence (photos, or the order's photos of the piece as
     * packed); it goes to mediation.
     */
    public void reject(long userId, String number, String text, List<PrivatePhotoId> photos) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.ARTISAN);
        boolean packed = orders.find(complaint.orderNumber()).orElseThrow(OrderNotFoundException::new)
                .packedPhotos().size() > 0;
        complaint.reject(userId, text, photos, packed, clock.instant(), times);
        effects.answered(complaint, Answer.REJECTED, userId);
    }

    public void askMediation(long userId, String number, String note) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.ARTISAN);
        complaint.askMediation(ComplaintParty.ARTISAN, userId, note, clock.instant(), times);
        effects.escalated(complaint, ComplaintEscalated.Cause.ARTISAN_ASKED);
    }

    /** The returned piece is back: its refund is now owed. */
    public void returnReceived(long userId, String number) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.ARTISAN);
        complaint.returnReceived(userId, clock.instant(), times);
        effects.refundOwed(complaint, userId);
        effects.progressed(complaint, ComplaintProgressed.Step.RETURN_RECEIVED, ComplaintParty.ARTISAN);
    }

    /** The refund was paid back; {@code proof} is a photo of the transfer. The complaint and its order close. */
    public void refundPaid(long userId, String number, String note, List<PrivatePhotoId> proof) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.ARTISAN);
        complaint.refundPaid(userId, note, proof, clock.instant());
        effects.refundPaid(complaint, userId);
    }

    public void replacementShipped(long userId, String number, Courier courier, String tracking) {
        Complaint complaint = access.lockedFor(userId, number, ComplaintParty.ARTISAN);
        complaint.replacementShipped(userId, courier, BuyerComplaints.checked(courier, tracking), clock.instant(),
                times);
        effects.progressed(complaint, ComplaintProgressed.Step.REPLACEMENT_SHIPPED, ComplaintParty.ARTISAN);
    }
}
