package id.kriya.trust.complaint;

import java.time.Instant;
import java.util.List;

import id.kriya.media.PrivatePhotoId;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.Courier;
import id.kriya.trust.ComplaintDecided.DecidedBy;
import id.kriya.trust.ComplaintEscalated.Cause;
import id.kriya.trust.ComplaintOutcome;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintReason;
import id.kriya.trust.Remedy;

/**
 * A complaint as its pages read it: what was asked, where it stands and until when, what was settled, and the
 * thread. {@code dueAt} is the deadline of the step it waits for (in mediation, the officer's target).
 */
public record ComplaintView(String number, String orderNumber, long businessId, String regionCode, long buyerUserId,
                            Rupiah orderTotal, ComplaintReason reason, Remedy asked, Rupiah askedRefund,
                            ComplaintStatus status, Instant dueAt, Remedy offered, Rupiah offeredRefund,
                            Remedy remedy, Rupiah refund, DecidedBy decidedBy, boolean againstShop,
                            Long mediatorUserId, Courier returnCourier, String returnTracking,
                            Courier replacementCourier, String replacementTracking, Instant openedAt,
                            Instant escalatedAt, Instant decidedAt, Instant overdueSince, Instant closedAt,
                            ComplaintOutcome outcome, List<Entry> entries) {

    public ComplaintView {
        entries = List.copyOf(entries);
    }

    /** One line of the thread. {@code detail} is a tracking number, an escalation's cause, an outcome. */
    public record Entry(EntryKind kind, ComplaintParty party, String text, Remedy remedy, Long amount, String detail,
                        List<PrivatePhotoId> photos, Instant at) {

        public Entry {
            photos = List.copyOf(photos);
        }

        public Rupiah amountInRupiah() {
            return amount == null ? null : Rupiah.of(amount);
        }

        /** The message key of the detail: an escalation's cause or an outcome; null for a tracking number. */
        public String detailKey() {
            if (detail == null) {
                return null;
            }
            return switch (kind) {
                case ESCALATED -> "complaint.cause." + Cause.valueOf(detail).name();
                case CLOSED -> ComplaintOutcome.valueOf(detail).messageKey();
                default -> null;
            };
        }
    }

    /** Where a photo of the thread is shown to the buyer, the artisan's people and the officers of the area. */
    public String photoUrl(PrivatePhotoId photo) {
        return "/complaints/" + number + "/photos/" + photo + ".jpg";
    }

    /** The artisan let the time to pay a refund or send a replacement pass, and it is still open. */
    public boolean isOverdue() {
        return overdueSince != null && status.isOpen();
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
