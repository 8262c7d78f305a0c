package id.kriya.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.ordering.CartOwner;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutPreview;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.Contact;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.ShippingAddress;
import id.kriya.ordering.ShoppingCart;
import id.kriya.payment.Bank;
import id.kriya.payment.PaymentSettings;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo artisan's shop set up to take money (a QRIS sticker and a BPD Bali account), and the demo buyer's
 * orders: one paid and on its way, one waiting for payment, so that both inboxes have something to show.
 */
@Component
class DemoOrders {

    /**
     * The QRIS specification's example payload, re-signed for the demo shop's name and city: a well-formed static
     * QRIS that no bank account stands behind.
     */
    static final String DEMO_QRIS = "00020101021126530012COM.DOKU.WWW0118936008990000002475020424750303URE"
            + "51440014ID.CO.QRIS.WWW0215ID10200392934820303URE5204539953033605802ID5923TENUN ENDEK NI LUH SARI"
            + "6009KLUNGKUNG61058071162070703A0163045325";
    static final ShippingAddress JAKARTA = new ShippingAddress("ID", "31", "Jakarta Selatan", "Kebayoran Baru",
            "12110", "Jl. Senopati No. 45, Senayan");

    private final PaymentSettings payments;
    private final ProductManagement products;
    private final ShoppingCart cart;
    private final Checkout checkout;
    private final OrderManagement orders;

    DemoOrders(PaymentSettings payments, ProductManagement products, ShoppingCart cart, Checkout checkout,
               OrderManagement orders) {
        this.payments = payments;
        this.products = products;
        this.cart = cart;
        this.checkout = checkout;
        this.orders = orders;
    }

    void load(long artisanOwner, long otherArtisanOwner, long buyer) {
        payments.useQris(artisanOwner, DEMO_QRIS);
        payments.useBankAccount(artisanOwner, Bank.BPD_BALI, "0200202123456", "Ni Luh Sari");
        List<ProductView> shop = published(artisanOwner);
        OrderView shipped = buy(buyer, shop.get(0));
        orders.confirmPayment(artisanOwner, shipped.number(), PaymentMethod.QRIS);
        orders.startProcessing(artisanOwner, shipped.number());
        orders.ship(artisanOwner, shipped.number(), DemoTracking.numberFor(shipped.courier()));
        if (shop.size() > 1) {
            buy(buyer, shop.get(1));
        }
        published(otherArtisanOwner).stream().findFirst().ifPresent(product -> buy(buyer, product));
    }

    private List<ProductView> published(long owner) {
        return products.list(owner, ProductStatus.PUBLISHED, Pageable.ofSize(10)).getContent();
    }

    private OrderView buy(long buyer, ProductView product) {
        CartOwner owner = CartOwner.user(buyer);
        cart.add(owner, product.id(), 1);
        CheckoutPreview preview = checkout.preview(owner, JAKARTA, Map.of());
        Map<Long, String> deliveries = new HashMap<>();
        preview.parts().forEach(part -> deliveries.put(part.group().businessId(),
                CheckoutPreview.Part.choiceOf(part.chosen())));
        return checkout.place(new CheckoutRequest(UUID.randomUUID(), owner,
                new Contact("Sarah Thompson", "buyer" + DemoData.DOMAIN, "+6281234500011", Locale.ENGLISH),
                JAKARTA, deliveries, preview.total())).orders().get(0);
    }
}
