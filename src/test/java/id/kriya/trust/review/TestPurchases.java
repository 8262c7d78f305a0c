package id.kriya.trust.review;

import java.util.Locale;


import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.Contact;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.ordering.TestCheckouts;
import org.springframework.stereotype.Component;

/**
 * Orders as reviews need them: a buyer (signed in, or a guest) buys pieces of one artisan, who confirms payment,
 * ships and sees them arrive; the buyer confirms, and the order completes. Each buyer's contact has an address of
 * its own, so a test can find the mails sent to them.
 */
@Component
public class TestPurchases {

    private final ShoppingCart cart;
    private final Checkout checkout;
    private final TestCheckouts checkouts;
    private final OrderManagement orders;

    TestPurchases(ShoppingCart cart, Checkout checkout, TestCheckouts checkouts, OrderManagement orders) {
        this.cart = cart;
        this.checkout = checkout;
        this.checkouts = checkouts;
        this.orders = orders;
    }

    /** The buyer's order of one of each piece, placed and not yet paid. */
    public OrderView placed(CartOwner buyer, ProductView... pieces) {
        for (ProductView piece : pieces) {
            cart.add(buyer, piece.id(), 1);
        }
        CheckoutRequest shown = checkouts.of(buyer, TestCheckouts.DENPASAR);
        Contact contact = new Contact("Sarah Thompson", "pembeli-" + ArtisanMother.token() + "@contoh.id",
                "+31612345678", Locale.ENGLISH);
        return checkout.place(new CheckoutRequest(shown.checkoutId(), buyer, contact, shown.address(),
                shown.deliveries(), shown.expectedTotal())).orders().get(0);
    }

    /** Paid, shipped and arrived: the buyer has it and has not confirmed yet. */
    public OrderView arrived(Artisan seller, CartOwner buyer, ProductView... pieces) {
        OrderView order = placed(buyer, pieces);
        long me = seller.user().id();
        orders.confirmPayment(me, order.number(), PaymentMethod.BANK_TRANSFER);
        orders.startProcessing(me, order.number());
        orders.ship(me, order.number(), TestCheckouts.trackingFor(order));
        orders.markArrived(me, order.number());
        return orders.find(order.number()).orElseThrow();
    }

    /** Completed by its buyer, signed in: open for reviews from now. */
    public OrderView completed(Artisan seller, KriyaUser buyer, ProductView... pieces) {
        OrderView order = arrived(seller, CartOwner.user(buyer.id()), pieces);
        orders.confirmReceived(BuyerAccess.user(buyer.id()), order.number());
        return orders.find(order.number()).orElseThrow();
    }

    /** Completed by a guest buyer with the key of their checkout (also the key in their mails' links). */
    public OrderView completedByGuest(Artisan seller, ProductView... pieces) {
        OrderView order = arrived(seller, CartOwner.guest(ArtisanMother.token()), pieces);
        orders.confirmReceived(BuyerAccess.guest(order.checkoutId().toString()), order.number());
        return orders.find(order.number()).orElseThrow();
    }
}
