package id.kriya.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.kriya.catalog.StockKind;
import id.kriya.catalog.Technique;
import id.kriya.media.PhotoId;
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
                        Instant refundedAt, List<Step> steps, List<PrivatePhotoId> packedPhotos,
                        Instant expectedBy, String complaintNumber) {

    public OrderView {
        lines = List.copyOf(lines);
        steps = List.copyOf(steps);
        packedPhotos = List.copyOf(packedPhotos);
    }

    /**
     * One product in the order. {@code listing} is the product's page as it was when the order was placed (null for
     * orders placed before Kriya kept it), so a listing changed later changes nothing here.
     */
    public record Line(long productId, String productSlug, String title, Rupiah unitPrice, int quantity,
                       Rupiah subtotal, Listing listing) {
    }

    /**
     * A product's listing as the buyer saw it when ordering: its photos (their files are never deleted when the
     * product drops them), its story in both languages, materials, technique, size and kind of stock.
     */
    public record Listing(List<PhotoId> photoIds, String storyId, String storyEn, String materials,
                          Technique technique, int lengthCm, int widthCm, int heightCm, int weightGrams,
                          StockKind stockKind) {

        public Listing {
            photoIds = List.copyOf(photoIds);
        }

        public String storyFor(Locale locale) {
            return "en".equals(locale.getLanguage()) && storyEn != null ? storyEn : storyId;
        }

        public boolean isOneOfAKind() {
            return stockKind == StockKind.ONE_OF_A_KIND;
        }
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

    /** Paid and not yet shipped: the artisan may still add photos of the piece as packed. */
    public boolean isPacking() {
        return status == OrderStatus.PAID || status == OrderStatus.PROCESSING;
    }

    /** A one-of-a-kind piece goes in it: Kriya asks the artisan to photograph it as packed. */
    public boolean holdsOneOfAKind() {
        return lines.stream().anyMatch(line -> line.listing() != null && line.listing().isOneOfAKind());
    }

    /** Where a photo of the piece as packed is shown to those allowed (as the transfer receipt is). */
    public String packedPhotoUrl(PrivatePhotoId photo) {
        return "/orders/" + number + "/packed/" + photo + ".jpg";
    }

    /** On the road past the courier's latest promised day. */
    public boolean isLate(Instant now) {
        return status == OrderStatus.SHIPPED && expectedBy != null && !now.isBefore(expectedBy);
    }
}
