package id.kriya.ordering.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.shared.Bali;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class OrderListsAndReceiptsTests {

    @Autowired
    MockMvc mvc;

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

    Document page(String url, KriyaUser who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    OrderView anOrder(Artisan weaver, KriyaUser buyer) {
        ProductView piece = artisans.published(weaver, aProduct().titled("Kain Endek Cepuk Biru").oneOfAKind());
        CartOwner owner = CartOwner.user(buyer.id());
        cart.add(owner, piece.id(), 1);
        return checkout.place(checkouts.of(owner, TestCheckouts.DENPASAR)).orders().get(0);
    }

    @Test
    void theEmptyListMessageShowsOnlyWhenThereAreNoOrders() throws Exception {
        Artisan weaver = artisans.verified();
        KriyaUser buyer = people.buyer();
        assertThat(page("/my/orders", weaver.user()).select("p.empty").text()).isEqualTo("Belum ada pesanan di sini.");
        assertThat(page("/orders", buyer).select("p.empty").text()).isEqualTo("Anda belum punya pesanan.");

        OrderView order = anOrder(weaver, buyer);

        Document inbox = page("/my/orders", weaver.user());
        assertThat(inbox.text()).contains(order.number()).doesNotContain("Belum ada pesanan di sini.");
        assertThat(inbox.select("p.empty")).isEmpty();
        Document mine = page("/orders", buyer);
        assertThat(mine.text()).contains(order.number()).doesNotContain("Anda belum punya pesanan.");
        assertThat(mine.select("p.empty")).isEmpty();
    }

    @Test
    void aReceiptNamesTheMonthInTheReadersLanguage() throws Exception {
        Artisan weaver = artisans.verified();
        KriyaUser buyer = people.buyer();
        OrderView order = anOrder(weaver, buyer);
        String indonesian = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("id"))
                .withZone(Bali.ZONE).format(order.placedAt());
        String english = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
                .withZone(Bali.ZONE).format(order.placedAt());

        assertThat(receipt(order, buyer, "id")).contains("Dipesan " + indonesian);
        assertThat(receipt(order, buyer, "en")).contains(english);
    }

    private String receipt(OrderView order, KriyaUser buyer, String language) throws Exception {
        byte[] pdf = mvc.perform(get("/orders/" + order.number() + "/receipt.pdf").param("lang", language)
                        .with(user(buyer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
    }
}
