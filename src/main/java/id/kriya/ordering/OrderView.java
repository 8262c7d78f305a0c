package id.kriya.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.kriya.media.PrivatePhotoId;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.Courier;
import id.kriya.shipping.ExportPapers;
import id.kriya.shipping.Zone;
import org.springframework.modulith.NamedInterface;

/** An order as pages, mails and other modules read it. */
@NamedInterface("api")
public record OrderView(long id, String number, UUID checkoutId, long businessId, Long buyerUserId, Contact buyer,
                        ShippingAddress address, boolean pickup, Courier courier, Zone zone, int chargeableKilograms,
                        ExportPapers exportPapers, List<Line> lines, Rupiah itemsTotal, Rupiah shippingCost,
                        Rupiah total, OrderStatus status, PaymentMethod paymentMethod, PrivatePhotoId transferProof,
                        String trackingNumber, CancelledBy cancelledBy, String cancelReason, Instant placedAt,
                        Instant expiresAt, Instant paidAt, Instant shippedAt, Instant arrivedAt, Instant completesAt,
                        Instant refundedAt, List<Step> steps) {

    public OrderView {
        lines = List.copyOf(lines);
        steps = List.copyOf(steps);
    }

    public record Line(long productId, String productSlug, String title, Rupiah unitPrice, int quantity,
                       Rupiah subtotal) {
    }

    public record Step(OrderStatus status, Actor actor, String note, Instant at) {
    }

    /**
     * Where the buyer's transfer receipt is shown to those allowed to see it (the buyer, the artisan's people, the
     * officers over the artisan's area, admins); null when none was sent. A guest buyer adds the checkout key.
     */
    public String transferProofUrl() {
        return transferProof == null ? null : "/orders/" + number + "/transfer-proof.jpg";
    }

    /** A paid order the artisan cancelled and has not yet said they paid back. */
    public boolean isRefundOwed() {
        return status == OrderStatus.CANCELLED && paidAt != null && refundedAt == null;
    }

    public boolean isAwaitingPayment() {
        return status == OrderStatus.AWAITING_PAYMENT;
    }
}
