package id.kriya.demo;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;

import id.kriya.catalog.ProductView;
import id.kriya.catalog.Rating;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.media.PrivatePhotoId;
import id.kriya.media.PrivatePhotos;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderView;
import id.kriya.trust.ComplaintReason;
import id.kriya.trust.Remedy;
import id.kriya.trust.complaint.ArtisanComplaints;
import id.kriya.trust.complaint.BuyerComplaints;
import id.kriya.trust.complaint.ComplaintMediation;
import id.kriya.trust.complaint.OpenComplaint;
import id.kriya.trust.review.ReviewDesk;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * What happened after delivery, for a first visitor to see: the demo buyer's completed order reviewed with a photo
 * of her own and answered by the weaver; a not-as-pictured complaint the weaver rejected, now in the council's
 * mediation; and a damaged-cloth complaint the province's officer decided with a full refund, paid and closed.
 */
@Component
class DemoTrust {

    private final DemoOrders demoOrders;
    private final OrderManagement orders;
    private final BuyerComplaints buyerComplaints;
    private final ArtisanComplaints artisanComplaints;
    private final ComplaintMediation mediation;
    private final ReviewDesk reviews;
    private final PrivatePhotos privatePhotos;
    private final MediaLibrary media;

    DemoTrust(DemoOrders demoOrders, OrderManagement orders, BuyerComplaints buyerComplaints,
              ArtisanComplaints artisanComplaints, ComplaintMediation mediation, ReviewDesk reviews,
              PrivatePhotos privatePhotos, MediaLibrary media) {
        this.demoOrders = demoOrders;
        this.orders = orders;
        this.buyerComplaints = buyerComplaints;
        this.artisanComplaints = artisanComplaints;
        this.mediation = mediation;
        this.reviews = reviews;
        this.privatePhotos = privatePhotos;
        this.media = media;
    }

    void load(long artisan, long buyer, long officer) {
        reviewCompleted(artisan, buyer);
        ProductView scarf = demoOrders.published(artisan).stream()
                .max(Comparator.comparing(ProductView::stock, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow();
        OrderView faded = arrived(scarf, artisan, buyer);
        String inMediation = buyerComplaints.open(BuyerAccess.user(buyer), faded.number(),
                new OpenComplaint(ComplaintReason.NOT_AS_PICTURED, Remedy.PARTIAL_REFUND,
                        faded.itemsTotal().amount() / 4,
                        "Warnanya jauh lebih pucat daripada di foto, dan motifnya lebih kecil. Saya minta sebagian dana kembali."),
                List.of(privateCopy(buyer, 11)));
        artisanComplaints.reject(artisan, inMediation,
                "Warna selendang ini sama dengan di foto; foto diambil di bawah cahaya pagi. Foto saat dikemas terlampir.",
                List.of(privateCopy(artisan, 12)));

        OrderView torn = arrived(scarf, artisan, buyer);
        String decided = buyerComplaints.open(BuyerAccess.user(buyer), torn.number(),
                new OpenComplaint(ComplaintReason.DAMAGED, Remedy.FULL_REFUND, null,
                        "Kain sobek di bagian tepi saat paket diterima, dan kemasannya basah."),
                List.of(privateCopy(buyer, 13)));
        artisanComplaints.reject(artisan, decided, "Kain dikemas rapi dan kering; kerusakan terjadi di perjalanan.",
                List.of(privateCopy(artisan, 14)));
        mediation.decide(officer, decided, Remedy.FULL_REFUND, null,
                "Foto pembeli menunjukkan sobekan yang jelas. Dana dikembalikan penuh; klaim ke kurir diurus perajin.");
        artisanComplaints.refundPaid(artisan, decided, "Transfer BPD Bali ke rekening pembeli.",
                List.of(privateCopy(artisan, 15)));
    }

    /** The buyer's completed orders get her review, the first with a photo she took, and the weaver answers it. */
    private void reviewCompleted(long artisan, long buyer) {
        List<OrderView> completed = orders.ofBuyer(buyer, Pageable.ofSize(50)).getContent().stream()
                .filter(order -> order.status() == OrderStatus.COMPLETED).toList();
        boolean first = true;
        for (OrderView order : completed) {
            for (OrderView.Line line : order.lines()) {
                List<PhotoId> photos = first
                        ? List.of(media.upload(buyer, "selendang.jpg",
                                new ByteArrayInputStream(DemoPhotos.jpeg("TENUN_ENDEK", 2, 21))).id())
                        : List.of();
                long review = reviews.write(buyer, null, order.number(), line.productId(), new ReviewDesk.Draft(
                        new Rating.Scores(5, 5, 5),
                        "Selendangnya persis seperti di foto, tenunannya rapat dan halus. Dikirim cepat dan rapi.",
                        photos));
                if (first) {
                    reviews.answer(artisan, review, "Terima kasih, Ibu Sarah! Semoga selendangnya awet dipakai.");
                }
                first = false;
            }
        }
    }

    private OrderView arrived(ProductView product, long artisan, long buyer) {
        OrderView order = demoOrders.buy(buyer, product);
        demoOrders.takeTo(OrderStatus.ARRIVED, order, artisan, buyer);
        return order;
    }

    private PrivatePhotoId privateCopy(long owner, long seed) {
        return privatePhotos.upload(owner, new ByteArrayInputStream(DemoPhotos.jpeg("TENUN_ENDEK", 1, seed)));
    }
}
