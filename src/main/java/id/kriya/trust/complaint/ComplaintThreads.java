package id.kriya.trust.complaint;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.media.PrivatePhotoId;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderNotFoundException;
import id.kriya.ordering.OrderView;
import id.kriya.shipping.Courier;
import id.kriya.shipping.ShippingRates;
import id.kriya.shipping.TrackingNumber;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintProgressed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's thread as its three parties read it — the buyer, the artisan's people, the officers of the
 * artisan's area — with the order's own record beside it (the listing as ordered, the photos of the piece as
 * packed, the tracking), messages from any of them, and the thread's private photos, shown to them alone.
 */
@Service
@Transactional
public class ComplaintThreads {

    private final Complaints complaints;
    private final ComplaintAccess access;
    private final ComplaintEffects effects;
    private final OrderManagement orders;
    private final ArtisanManagement artisans;
    private final ShippingRates shipping;
    private final Clock clock;

    ComplaintThreads(Complaints complaints, ComplaintAccess access, ComplaintEffects effects, OrderManagement orders,
                     ArtisanManagement artisans, ShippingRates shipping, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.effects = effects;
        this.orders = orders;
        this.artisans = artisans;
        this.shipping = shipping;
        this.clock = clock;
    }

    /**
     * The complaint as one of its parties sees it. Tracking addresses are the couriers' own pages; null where
     * there is no number.
     */
    public record Thread(ComplaintView complaint, ComplaintParty viewer, OrderView order, String artisanName,
                         String orderTrackingUrl, String returnTrackingUrl, String replacementTrackingUrl) {

        public boolean isBuyer() {
            return viewer == ComplaintParty.BUYER;
        }

        public boolean isArtisan() {
            return viewer == ComplaintParty.ARTISAN;
        }

        public boolean isOfficer() {
            return viewer == ComplaintParty.OFFICER;
        }
    }

    /** @throws ComplaintNotFoundException when there is no such complaint or the person is not one of its parties */
    @Transactional(readOnly = true)
    public Thread read(long userId, String number) {
        Complaint complaint = complaints.findByNumber(number).orElseThrow(ComplaintNotFoundException::new);
        ComplaintParty viewer = access.partyOf(userId, complaint).orElseThrow(ComplaintNotFoundException::new);
        OrderView order = orders.find(complaint.orderNumber()).orElseThrow(OrderNotFoundException::new);
        ComplaintView view = complaint.toView();
        return new Thread(view, viewer, order,
                artisans.find(complaint.businessId()).map(ArtisanProfile::name).orElse(""),
                trackingUrl(order.courier(), order.trackingNumber()),
                trackingUrl(view.returnCourier(), view.returnTracking()),
                trackingUrl(view.replacementCourier(), view.replacementTracking()));
    }

    /** The complaint of an order, for a page that links to it; empty when the person is none of its parties. */
    @Transactional(readOnly = true)
    public Optional<ComplaintView> ofOrder(long userId, String orderNumber) {
        return complaints.findByOrderNumber(orderNumber)
                .filter(complaint -> access.partyOf(userId, complaint).isPresent())
                .map(Complaint::toView);
    }

    /** A message from one of the parties, with up to five photos already stored, until the complaint closes. */
    public void message(long userId, String number, String text, List<PrivatePhotoId> photos) {
        Complaint complaint = complaints.lockByNumber(number).orElseThrow(ComplaintNotFoundException::new);
        ComplaintParty party = access.partyOf(userId, complaint).orElseThrow(ComplaintNotFoundException::new);
        complaint.message(party, userId, text, photos, clock.instant());
        effects.progressed(complaint, ComplaintProgressed.Step.MESSAGE, party);
    }

    /** A photo of the thread, for one of its parties; for anyone else, or a photo not of this thread, none. */
    @Transactional(readOnly = true)
    public Optional<PrivatePhotoId> photoFor(long userId, String number, PrivatePhotoId photo) {
        return complaints.findByNumber(number)
                .filter(complaint -> access.partyOf(userId, complaint).isPresent())
                .filter(complaint -> complaint.holdsPhoto(photo))
                .map(complaint -> photo);
    }

    private String trackingUrl(Courier courier, String number) {
        return courier == null || number == null ? null : shipping.trackingUrl(courier, new TrackingNumber(number));
    }
}
