package id.kriya.ordering;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class CheckoutTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    OrderManagement orders;

    @Test
    void aCartWithTwoArtisansBecomesTwoOrdersKeepingPricesAndAddress() {
        Artisan weaver = artisans.verified("51.05");
        Artisan silversmith = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek Cepuk").pricedAt(850_000).oneOfAKind());
        ProductView ring = artisans.published(silversmith, aProduct().titled("Cincin Perak").pricedAt(450_000).limited(5));
        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, cloth.id(), 1);
        cart.add(buyer, ring.id(), 2);

        PlacedCheckout placed = checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR));

        assertThat(placed.orders()).hasSize(2).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(order.address()).isEqualTo(TestCheckouts.DENPASAR);
            assertThat(order.total()).isEqualTo(order.itemsTotal().plus(order.shippingCost()));
        });
        assertThat(placed.orders()).extracting(OrderView::itemsTotal)
                .containsExactlyInAnyOrder(Rupiah.of(850_000), Rupiah.of(900_000));
        assertThat(artisans.reload(weaver, cloth.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);
        assertThat(artisans.reload(silversmith, ring.id()).stock()).isEqualTo(3);
        assertThat(cart.view(buyer).isEmpty()).isTrue();
    }

    @Test
    void submittingTheSameCheckoutTwiceMakesOneOrder() {
        Artisan weaver = artisans.verified();
        ProductView bowls = artisans.published(weaver, aProduct().limited(10));
        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, bowls.id(), 2);
        CheckoutRequest request = checkouts.of(buyer, TestCheckouts.DENPASAR);

        PlacedCheckout first = checkout.place(request);
        PlacedCheckout again = checkout.place(request);

        assertThat(again.repeated()).isTrue();
        assertThat(again.orders()).extracting(OrderView::number)
                .containsExactlyElementsOf(first.orders().stream().map(OrderView::number).toList());
        assertThat(artisans.reload(weaver, bowls.id()).stock()).isEqualTo(8);
    }

    @Test
    void aTotalThatChangedSinceTheBuyerSawItPlacesNothing() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, piece.id(), 1);
        CheckoutRequest seen = checkouts.of(buyer, TestCheckouts.DENPASAR);
        CheckoutRequest tampered = new CheckoutRequest(seen.checkoutId(), buyer, seen.buyer(), seen.address(),
                seen.deliveries(), Rupiah.of(1_000));

        assertThatThrownBy(() -> checkout.place(tampered)).isInstanceOfSatisfying(OrderRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("ordering.checkout.totalChanged"));

        assertThat(artisans.reload(weaver, piece.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(cart.view(buyer).pieces()).isEqualTo(1);
    }

    @Test
    void aPieceSoldWhileInTheCartIsNamedAndNothingIsPlaced() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().titled("Songket Emas").oneOfAKind());
        ProductView other = artisans.published(weaver, aProduct().limited(4));
        CartOwner late = CartOwner.user(people.buyer().id());
        cart.add(late, piece.id(), 1);
        cart.add(late, other.id(), 1);
        CheckoutRequest lateRequest = checkouts.of(late, TestCheckouts.DENPASAR);
        CartOwner early = CartOwner.user(people.buyer().id());
        cart.add(early, piece.id(), 1);
        checkout.place(checkouts.of(early, TestCheckouts.DENPASAR));

        assertThatThrownBy(() -> checkout.place(lateRequest)).isInstanceOfSatisfying(OrderRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("ordering.checkout.soldOut");
            assertThat(e.arguments()).containsExactly("Songket Emas");
        });
        assertThat(artisans.reload(weaver, other.id()).stock()).isEqualTo(4);
    }

    @Test
    void anUnpaidOrderThatExpiresPutsItsPieceBackOnSale() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        KriyaUser buyer = people.buyer();
        cart.add(CartOwner.user(buyer.id()), piece.id(), 1);
        OrderView order = checkout.place(checkouts.of(CartOwner.user(buyer.id()), TestCheckouts.DENPASAR)).orders().get(0);

        assertThatThrownBy(() -> orders.expire(order.id())).isInstanceOfSatisfying(OrderRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("ordering.rule.notDue"));
        assertThat(artisans.reload(weaver, piece.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);
    }

    @Test
    void aBuyerAbroadGetsExportPapersOnTheOrder() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, piece.id(), 1);

        OrderView order = checkout.place(checkouts.of(buyer, TestCheckouts.AMSTERDAM)).orders().get(0);

        assertThat(order.zone().isAbroad()).isTrue();
        assertThat(order.exportPapers().name()).isEqualTo("CONSIGNMENT_NOTE");
        assertThat(order.courier().servesAbroad()).isTrue();
    }

    @Test
    void anotherBuyersOrderDoesNotExistForMe() {
        Artisan weaver = artisans.verified();
        ProductView piece = artisans.published(weaver, aProduct().oneOfAKind());
        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, piece.id(), 1);
        String number = checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR)).orders().get(0).number();
        long stranger = people.buyer().id();

        assertThatThrownBy(() -> orders.forBuyer(BuyerAccess.user(stranger), number))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> orders.forBuyer(BuyerAccess.guest(java.util.UUID.randomUUID().toString()), number))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> orders.forArtisan(artisans.verified().user().id(), number))
                .isInstanceOf(OrderNotFoundException.class);
        assertThat(List.of(orders.forArtisan(weaver.user().id(), number).number())).containsExactly(number);
    }
}
