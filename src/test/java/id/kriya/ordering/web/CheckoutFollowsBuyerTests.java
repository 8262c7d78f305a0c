package id.kriya.ordering.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.currency.Currency;
import id.kriya.catalog.currency.CurrencyRates;
import id.kriya.ordering.CheckoutPreview;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.payment.gateway.SnapStandIn;
import id.kriya.shipping.ShippingQuote;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Checkout follows the buyer: another courier or address updates the totals at once (htmx) or with "Recalculate"
 * (no JavaScript), a buyer abroad sees an approximate total in their currency, and placing is refused only when a
 * price shown has really changed.
 */
@KriyaWebTest
class CheckoutFollowsBuyerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ShoppingCart cart;

    @Autowired
    OrderManagement orders;

    @Autowired
    ProductManagement products;

    @Autowired
    CurrencyRates rates;

    Artisan weaver;
    ProductView cloth;
    KriyaUser buyer;

    @BeforeEach
    void aBuyerWithAPieceInTheCart() {
        rates.set(Map.of(Currency.USD, new BigDecimal("16000"), Currency.EUR, new BigDecimal("17500"),
                Currency.AUD, new BigDecimal("10000")), 1L);
        weaver = artisans.verified("51.05");
        cloth = artisans.published(weaver, aProduct().titled("Kain Endek Cepuk").pricedAt(1_250_000).oneOfAKind());
        buyer = people.buyer();
        cart.add(CartOwner.user(buyer.id()), cloth.id(), 1);
    }

    @Test
    void anotherCourierUpdatesTheTotalsAtOnceWithHtmx() throws Exception {
        String checkoutId = UUID.randomUUID().toString();
        CheckoutPreview first = preview(mvc.perform(australian(post("/checkout"), checkoutId)).andReturn());
        List<ShippingQuote> options = first.parts().get(0).options();
        assertThat(options).hasSizeGreaterThan(1);
        ShippingQuote other = options.stream().filter(option -> !option.equals(first.parts().get(0).chosen()))
                .findFirst().orElseThrow();

        MvcResult swapped = mvc.perform(australian(post("/checkout"), checkoutId).header("HX-Request", "true")
                        .param("deliveries[" + weaver.businessId() + "]", CheckoutPreview.Part.choiceOf(other)))
                .andReturn();

        String fragment = swapped.getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"checkout-summary\"");
        Document summary = Jsoup.parse(fragment);
        long expected = cloth.price().amount() + other.cost().amount();
        assertThat(summary.selectFirst(".checkout-total").text()).isEqualTo(id.kriya.shared.Rupiah.of(expected).formatted());
        assertThat(summary.selectFirst("input[name=deliveries[" + weaver.businessId() + "]][checked]").val())
                .isEqualTo(CheckoutPreview.Part.choiceOf(other));
    }

    @Test
    void anotherAddressUpdatesTheTotalsAndWithoutJavascriptRecalculateDoesTheSame() throws Exception {
        String checkoutId = UUID.randomUUID().toString();
        Document abroad = page(mvc.perform(australian(post("/checkout"), checkoutId).header("HX-Request", "true"))
                .andReturn());
        Document home = page(mvc.perform(denpasar(post("/checkout"), checkoutId).param("action", "review")).andReturn());

        assertThat(abroad.selectFirst(".checkout-total").text()).isNotEqualTo(home.selectFirst(".checkout-total").text());
        assertThat(home.select("button[name=action][value=review]").text()).isEqualTo("Hitung ulang");
        assertThat(home.select(".approx")).isEmpty();
    }

    @Test
    void anAustralianAddressShowsAnApproximateTotalInAustralianDollars() throws Exception {
        String checkoutId = UUID.randomUUID().toString();
        MvcResult review = mvc.perform(australian(post("/checkout"), checkoutId).param("action", "review")).andReturn();
        CheckoutPreview preview = preview(review);

        long dollars = BigDecimal.valueOf(preview.total().amount()).divide(new BigDecimal("10000"), 0,
                java.math.RoundingMode.HALF_UP).longValueExact();
        assertThat(page(review).selectFirst(".totals .approx").text())
                .isEqualTo("≈ A$ " + String.format(java.util.Locale.ROOT, "%,d", dollars) + " (perkiraan)");

        MvcResult placed = mvc.perform(australian(post("/checkout"), checkoutId).param("action", "place")
                        .param("seenPrices", preview.fingerprint())
                        .param("deliveries[" + weaver.businessId() + "]",
                                CheckoutPreview.Part.choiceOf(preview.parts().get(0).chosen())))
                .andReturn();
        assertThat(placed.getResponse().getRedirectedUrl()).isEqualTo("/checkout/" + checkoutId);
        OrderView order = orders.ofCheckout(UUID.fromString(checkoutId)).get(0);
        assertThat(page(mvc.perform(get("/orders/{n}", order.number()).with(user(buyer))).andReturn())
                .selectFirst(".pay .approx").text()).contains("≈ A$ ").contains("(perkiraan)");
    }

    @Test
    void aCurrencyTheBuyerChoosesIsUsedAndRemembered() throws Exception {
        MvcResult chosen = mvc.perform(australian(post("/checkout"), UUID.randomUUID().toString())
                        .header("HX-Request", "true").param("currency", "EUR"))
                .andReturn();

        assertThat(page(chosen).selectFirst(".approx").text()).startsWith("≈ € ");
        assertThat(chosen.getResponse().getHeader("Set-Cookie")).contains("kriya_currency=EUR");
        MvcResult again = mvc.perform(australian(post("/checkout"), UUID.randomUUID().toString())
                        .cookie(new jakarta.servlet.http.Cookie("kriya_currency", "EUR")).param("action", "review"))
                .andReturn();
        assertThat(page(again).selectFirst(".approx").text()).startsWith("≈ € ");
    }

    @Test
    void choosingAnotherCourierShownWithoutRecalculatingStillPlacesTheOrder() throws Exception {
        String checkoutId = UUID.randomUUID().toString();
        CheckoutPreview seen = preview(mvc.perform(australian(post("/checkout"), checkoutId)).andReturn());
        ShippingQuote other = seen.parts().get(0).options().stream()
                .filter(option -> !option.equals(seen.parts().get(0).chosen())).findFirst().orElseThrow();

        MvcResult placed = mvc.perform(australian(post("/checkout"), checkoutId).param("action", "place")
                        .param("seenPrices", seen.fingerprint()).param("expectedTotal", "" + seen.total().amount())
                        .param("deliveries[" + weaver.businessId() + "]", CheckoutPreview.Part.choiceOf(other)))
                .andReturn();

        assertThat(placed.getResponse().getRedirectedUrl()).isEqualTo("/checkout/" + checkoutId);
        OrderView order = orders.ofCheckout(UUID.fromString(checkoutId)).get(0);
        assertThat(order.total().amount()).isEqualTo(cloth.price().amount() + other.cost().amount());
    }

    @Test
    void aPriceThatChangedSinceTheBuyerSawItRefusesPlacingBesideTheButtonWithTheNewTotals() throws Exception {
        String checkoutId = UUID.randomUUID().toString();
        CheckoutPreview seen = preview(mvc.perform(australian(post("/checkout"), checkoutId)).andReturn());
        products.update(weaver.user().id(), cloth.id(), aProduct().titled("Kain Endek Cepuk").pricedAt(1_400_000)
                .oneOfAKind().details());

        MvcResult refused = mvc.perform(australian(post("/checkout"), checkoutId).param("action", "place")
                        .param("seenPrices", seen.fingerprint())
                        .param("deliveries[" + weaver.businessId() + "]",
                                CheckoutPreview.Part.choiceOf(seen.parts().get(0).chosen())))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(orders.ofCheckout(UUID.fromString(checkoutId))).isEmpty();
        Document page = page(refused);
        assertThat(page.selectFirst(".actions #place-problem").text()).contains("berubah sejak Anda melihatnya");
        assertThat(page.selectFirst(".checkout-total").text()).isEqualTo(id.kriya.shared.Rupiah.of(
                1_400_000 + seen.parts().get(0).chosen().cost().amount()).formatted());
        String fresh = page.selectFirst("input[name=seenPrices]").val();
        assertThat(fresh).isNotEqualTo(seen.fingerprint());

        mvc.perform(australian(post("/checkout"), checkoutId).param("action", "place").param("seenPrices", fresh)
                .param("deliveries[" + weaver.businessId() + "]",
                        CheckoutPreview.Part.choiceOf(seen.parts().get(0).chosen())));
        assertThat(orders.ofCheckout(UUID.fromString(checkoutId))).singleElement()
                .satisfies(order -> assertThat(order.itemsTotal().amount()).isEqualTo(1_400_000));
    }

    @Test
    void aBuyerWhoChoosesCardAtCheckoutLandsOnTheGatewaysPage() throws Exception {
        String checkoutId = UUID.randomUUID().toString();
        MvcResult review = mvc.perform(australian(post("/checkout"), checkoutId).param("action", "review")).andReturn();
        assertThat(page(review).select("input[name=payment][value=CARD]")).hasSize(1);
        CheckoutPreview seen = preview(review);

        MvcResult placed = mvc.perform(australian(post("/checkout"), checkoutId).param("action", "place")
                        .param("seenPrices", seen.fingerprint()).param("payment", "CARD")
                        .param("deliveries[" + weaver.businessId() + "]",
                                CheckoutPreview.Part.choiceOf(seen.parts().get(0).chosen())))
                .andReturn();

        OrderView order = orders.ofCheckout(UUID.fromString(checkoutId)).get(0);
        assertThat(placed.getResponse().getRedirectedUrl()).isEqualTo("/orders/" + order.number() + "/card?key=" + checkoutId);
        assertThat(page(mvc.perform(get(placed.getResponse().getRedirectedUrl()).with(user(buyer))).andReturn())
                .selectFirst("a[data-auto-follow]").attr("href"))
                .startsWith(SnapStandIn.shared().baseUrl() + "/snap/v2/vtweb/");
        assertThat(SnapStandIn.shared().createdFor(order.number())).singleElement().satisfies(sent ->
                assertThat(sent.path("transaction_details").path("gross_amount").asLong())
                        .isEqualTo(order.total().amount()));
    }

    private MockHttpServletRequestBuilder australian(MockHttpServletRequestBuilder request, String checkoutId) {
        return request.param("checkoutId", checkoutId).param("name", "Sarah Thompson")
                .param("email", "sarah@example.com.au").param("phone", "+61412345678").param("country", "AU")
                .param("city", "Fitzroy").param("postalCode", "3065").param("lines", "12 Smith Street")
                .with(user(buyer)).with(csrf());
    }

    private MockHttpServletRequestBuilder denpasar(MockHttpServletRequestBuilder request, String checkoutId) {
        return request.param("checkoutId", checkoutId).param("name", "Sarah Thompson")
                .param("email", "sarah@example.com").param("phone", "+6281234567890").param("country", "ID")
                .param("regionCode", "51.71").param("city", "Denpasar").param("postalCode", "80225")
                .param("lines", "Jl. Tukad Badung 12").with(user(buyer)).with(csrf());
    }

    private static CheckoutPreview preview(MvcResult result) {
        return (CheckoutPreview) result.getModelAndView().getModel().get("preview");
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
