package id.kriya.trust.complaint;

import static id.kriya.catalog.ProductMother.aProduct;

import java.io.ByteArrayInputStream;
import java.util.List;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.media.PrivatePhotoId;
import id.kriya.media.PrivatePhotos;
import id.kriya.media.TestImages;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.trust.ComplaintReason;
import id.kriya.trust.Remedy;
import org.springframework.stereotype.Component;

/**
 * Complaints as they come about: a buyer's order from an artisan of a regency, paid, shipped and arrived, and a
 * complaint opened on it with a photo. Each call makes new people, so tests never share a complaint.
 */
@Component
public class TestComplaints {

    public static final String GIANYAR = "51.04";
    public static final String STORY = "Warna kainnya jauh lebih pucat dan motifnya berbeda dari foto iklan.";

    private final TestArtisans artisans;
    private final TestPeople people;
    private final ShoppingCart cart;
    private final Checkout checkout;
    private final TestCheckouts checkouts;
    private final OrderManagement orders;
    private final PrivatePhotos photos;
    private final BuyerComplaints complaints;

    TestComplaints(TestArtisans artisans, TestPeople people, ShoppingCart cart, Checkout checkout,
                   TestCheckouts checkouts, OrderManagement orders, PrivatePhotos photos, BuyerComplaints complaints) {
        this.artisans = artisans;
        this.people = people;
        this.cart = cart;
        this.checkout = checkout;
        this.checkouts = checkouts;
        this.orders = orders;
        this.photos = photos;
        this.complaints = complaints;
    }

    /** An order between a fresh buyer and a fresh artisan of the regency, and the people around it. */
    public record Sale(KriyaUser buyer, Artisan artisan, ProductView product, OrderView order) {

        public String number() {
            return order.number();
        }
    }

    /** A one-of-a-kind piece bought, paid by QRIS and shipped; not yet arrived. */
    public Sale shipped(String regionCode) {
        KriyaUser buyer = people.buyer();
        return shipped(regionCode, buyer, CartOwner.user(buyer.id()));
    }

    /**
     * The same bought by a guest, who later signs up as {@code buyer}; the order's key (its checkout's id) is
     * {@code order().checkoutId()}.
     */
    public Sale arrivedForGuest(String regionCode) {
        Sale sale = shipped(regionCode, people.buyer(), CartOwner.guest(java.util.UUID.randomUUID().toString()));
        orders.markArrived(sale.artisan().user().id(), sale.number());
        return new Sale(sale.buyer(), sale.artisan(), sale.product(),
                orders.forArtisan(sale.artisan().user().id(), sale.number()));
    }

    private Sale shipped(String regionCode, KriyaUser buyer, CartOwner owner) {
        Artisan artisan = artisans.verified(regionCode);
        ProductView product = artisans.published(artisan, aProduct().titled("Kain Endek Gringsing Biru").oneOfAKind());
        cart.add(owner, product.id(), 1);
        OrderView order = checkout.place(checkouts.of(owner, TestCheckouts.DENPASAR)).orders().get(0);
        long me = artisan.user().id();
        orders.confirmPayment(me, order.number(), PaymentMethod.QRIS);
        orders.startProcessing(me, order.number());
        orders.ship(me, order.number(), TestCheckouts.trackingFor(order));
        return new Sale(buyer, artisan, product, orders.forArtisan(me, order.number()));
    }

    /** The same, and arrived ("Tiba") now. */
    public Sale arrived(String regionCode) {
        Sale sale = shipped(regionCode);
        orders.markArrived(sale.artisan().user().id(), sale.number());
        return new Sale(sale.buyer(), sale.artisan(), sale.product(),
                orders.forArtisan(sale.artisan().user().id(), sale.number()));
    }

    public Sale arrivedInGianyar() {
        return arrived(GIANYAR);
    }

    /** A private photo uploaded by this person, as a form's file would be. */
    public PrivatePhotoId photoBy(KriyaUser user) {
        return photos.upload(user.id(), new ByteArrayInputStream(TestImages.jpeg(TestImages.sharp(320, 240))));
    }

    public static byte[] jpeg() {
        return TestImages.jpeg(TestImages.sharp(320, 240));
    }

    /** A not-as-pictured complaint asking for a full refund, with one photo; returns its number. */
    public String notAsPictured(Sale sale) {
        return complaints.open(BuyerAccess.user(sale.buyer().id()), sale.number(),
                new OpenComplaint(ComplaintReason.NOT_AS_PICTURED, Remedy.FULL_REFUND, null, STORY),
                List.of(photoBy(sale.buyer())));
    }

    public OrderView order(Sale sale) {
        return orders.forArtisan(sale.artisan().user().id(), sale.number());
    }
}
