package id.kriya.demo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutPreview;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.Contact;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.ShippingAddress;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.payment.Bank;
import id.kriya.payment.ForeignTransfer;
import id.kriya.payment.PaymentSettings;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo artisan's shop set up to take money (a QRIS sticker and a BPD Bali account), and the demo buyer's
 * orders with it in every state an order can be in (waiting for payment, paid, processing, shipped, arrived, completed
 * and cancelled), plus one waiting for payment with another artisan, so that both inboxes have something to show.
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

    /** The statuses an order passes through when all goes well, in order (a complaint or a cancel leaves it). */
    private static final List<OrderStatus> HAPPY_PATH = List.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID,
            OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.ARRIVED, OrderStatus.COMPLETED);

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
        payments.useBankAccount(artisanOwner, Bank.BPD_BALI, "0200202123456", "Ni Luh Sari", new ForeignTransfer(
                "ABALIDBS", "Bank BPD Bali, Jl. Raya Puputan No. 2, Renon, Denpasar 80235, Indonesia",
                "Jl. Raya Gelgel No. 12, Gelgel, Klungkung 80716, Bali, Indonesia"));
        // The piece with the most stock takes the many orders, so that none of them sells it out.
        List<ProductView> shop = published(artisanOwner).stream()
                .sorted(Comparator.comparing(ProductView::stock, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        ProductView scarf = shop.get(shop.size() - 1);
        ProductView cloth = shop.get(0);
        takeTo(OrderStatus.SHIPPED, buy(buyer, cloth), artisanOwner, buyer);
        for (OrderStatus status : List.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.PROCESSING,
                OrderStatus.ARRIVED, OrderStatus.COMPLETED, OrderStatus.CANCELLED)) {
            takeTo(status, buy(buyer, scarf), artisanOwner, buyer);
        }
        published(otherArtisanOwner).stream().findFirst().ifPresent(product -> buy(buyer, product));
    }

    /** Walks a new order along its life, as its artisan and buyer would, until it is in the wanted state. */
    void takeTo(OrderStatus wanted, OrderView order, long artisan, long buyer) {
        String number = order.number();
        BuyerAccess access = BuyerAccess.user(buyer);
        if (wanted == OrderStatus.CANCELLED) {
            orders.cancelByBuyer(access, number);
            return;
        }
        List<Runnable> steps = List.of(
                () -> orders.confirmPayment(artisan, number, PaymentMethod.QRIS),
                () -> orders.startProcessing(artisan, number),
                () -> orders.ship(artisan, number, DemoTracking.numberFor(order.courier())),
                () -> orders.markArrived(artisan, number),
                () -> orders.confirmReceived(access, number));
        // Step i takes the order from the i-th status of the path to the next.
        for (int step = 0; step < HAPPY_PATH.indexOf(wanted); step++) {
            steps.get(step).run();
        }
    }

    List<ProductView> published(long owner) {
        return products.list(owner, ProductStatus.PUBLISHED, Pageable.ofSize(10)).getContent();
    }

    OrderView buy(long buyer, ProductView product) {
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
