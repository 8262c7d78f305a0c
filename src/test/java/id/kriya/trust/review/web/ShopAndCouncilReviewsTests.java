package id.kriya.trust.review.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.Rating;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.notification.TestOutbox;
import id.kriya.ordering.OrderView;
import id.kriya.trust.review.ReviewDesk;
import id.kriya.trust.review.ReviewQueries;
import id.kriya.trust.review.ReviewView;
import id.kriya.trust.review.TestPurchases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The artisan's answer and report, and the council's decision, each allowed only to those the rule names: the
 * people of the reviewed shop answer and report; officers of the shop's regency, or of its province, hide, keep and
 * show again. Everyone else finds nothing, and nothing changes.
 */
@KriyaWebTest
@Import(MutableClock.Configuration.class)
class ShopAndCouncilReviewsTests {

    static final String TEXT = "Warnanya sedikit lebih gelap daripada di foto, tapi rapi.";
    static final String REASON = "Berisi nomor telepon pribadi pembeli lain.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    TestPurchases purchases;

    @Autowired
    ReviewDesk desk;

    @Autowired
    ReviewQueries reviews;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void realTime() {
        clock.notAheadOfRealTime();
    }

    record Reviewed(Artisan weaver, ProductView piece, KriyaUser buyer, OrderView order, long reviewId) {
    }

    /** A piece of a Gianyar weaver, bought, and reviewed through the service as demo data would. */
    Reviewed reviewed(String title) {
        Artisan weaver = artisans.verified("51.04");
        ProductView piece = artisans.published(weaver, aProduct().titled(title));
        KriyaUser buyer = people.buyer();
        OrderView order = purchases.completed(weaver, buyer, piece);
        long id = desk.write(buyer.id(), null, order.number(), piece.id(),
                new ReviewDesk.Draft(new Rating.Scores(3, 4, 5), TEXT, List.of()));
        return new Reviewed(weaver, piece, buyer, order, id);
    }

    ReviewView current(Reviewed reviewed) {
        return reviews.ofOrder(reviewed.buyer().id(), null, reviewed.order().number()).lines().get(0).review();
    }

    Rating ratingOf(Reviewed reviewed) {
        return catalog.find(reviewed.piece().id()).orElseThrow().rating();
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, KriyaUser person) {
        return request.with(user(person)).with(csrf());
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theArtisanAnswersOnceAndTheAnswerShowsUnderTheReview() throws Exception {
        Reviewed reviewed = reviewed("Kain Endek Dijawab");
        KriyaUser staff = artisans.staffOf(reviewed.weaver());
        Document list = page(get("/my/reviews").with(user(staff)));
        assertThat(list.select(".review-list .badge").text()).contains("Belum dijawab");

        mvc.perform(as(post("/my/reviews/{id}/answer", reviewed.reviewId()), staff)
                        .param("text", "Terima kasih, warna alami memang sedikit berubah di bawah lampu."))
                .andExpect(redirectedUrl("/my/reviews/" + reviewed.reviewId()))
                .andExpect(flash().attribute("flash", "trust.review.answered"));

        Document product = page(get("/products/{slug}", reviewed.piece().slug()));
        assertThat(product.select(".review-answer").text()).contains("Jawaban perajin")
                .contains("warna alami memang sedikit berubah");

        mvc.perform(as(post("/my/reviews/{id}/answer", reviewed.reviewId()), reviewed.weaver().user())
                        .param("text", "Jawaban kedua yang tidak boleh ada."))
                .andExpect(flash().attribute("flashError", "trust.review.rule.answeredOnce"));
        assertThat(current(reviewed).answer()).startsWith("Terima kasih, warna alami");
    }

    @Test
    void anAnswerWithALinkOrTooShortIsRefused() throws Exception {
        Reviewed reviewed = reviewed("Kain Endek Jawaban Buruk");
        Document link = page(as(post("/my/reviews/{id}/answer", reviewed.reviewId()), reviewed.weaver().user())
                .param("text", "Beli lagi di www.tokokami.com ya kak"));
        assertThat(link.select("#text-error").text()).isEqualTo("Ulasan tidak boleh berisi tautan atau alamat situs.");
        Document shortOne = page(as(post("/my/reviews/{id}/answer", reviewed.reviewId()), reviewed.weaver().user())
                .param("text", "Ok"));
        assertThat(shortOne.select("#text-error").text()).isEqualTo("Tulis jawaban 10 sampai 1.000 huruf.");
        assertThat(current(reviewed).isAnswered()).isFalse();
    }

    @Test
    void theArtisanOfAnotherShopCannotAnswerNorReportNorEvenSeeTheReview() throws Exception {
        Reviewed reviewed = reviewed("Kain Endek Toko Lain");
        KriyaUser other = artisans.verified("51.04").user();

        mvc.perform(get("/my/reviews/{id}", reviewed.reviewId()).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(as(post("/my/reviews/{id}/answer", reviewed.reviewId()), other)
                .param("text", "Jawaban dari toko yang bukan penjualnya.")).andExpect(status().isNotFound());
        mvc.perform(as(post("/my/reviews/{id}/report", reviewed.reviewId()), other)
                .param("reason", "Laporan dari toko yang bukan penjualnya.")).andExpect(status().isNotFound());
        mvc.perform(as(post("/my/reviews/{id}/answer", reviewed.reviewId()), reviewed.buyer())
                .param("text", "Pembeli tidak bisa menjawab ulasannya sendiri.")).andExpect(status().isNotFound());
        assertThat(page(get("/my/reviews").with(user(other))).select(".review-list li")).isEmpty();

        ReviewView unchanged = current(reviewed);
        assertThat(unchanged.isAnswered()).isFalse();
        assertThat(unchanged.reportedAt()).isNull();
    }

    @Test
    void aReportWaitsOnTheOfficersHomeAndTheRegencyOfficerHidesTheReviewWithAReasonTheAuthorReads() throws Exception {
        Reviewed reviewed = reviewed("Kain Endek Dilaporkan");
        mvc.perform(as(post("/my/reviews/{id}/report", reviewed.reviewId()), reviewed.weaver().user())
                        .param("reason", "Ulasan ini menyebut nomor telepon orang lain."))
                .andExpect(flash().attribute("flash", "trust.review.reported"));
        KriyaUser gianyar = people.officerOf("51.04");

        assertThat(page(get("/officer").with(user(gianyar))).select(".waiting-work a").text())
                .contains("ulasan dilaporkan perajin menunggu keputusan");
        assertThat(page(get("/officer/reviews?reported=true").with(user(gianyar))).select(".review-list h2").text())
                .contains("Kain Endek Dilaporkan");

        mvc.perform(as(post("/officer/reviews/{id}/hide", reviewed.reviewId()), gianyar).param("reason", REASON))
                .andExpect(redirectedUrl("/officer/reviews/" + reviewed.reviewId()))
                .andExpect(flash().attribute("flash", "trust.review.hidden"));

        Document product = page(get("/products/{slug}", reviewed.piece().slug()));
        assertThat(product.select("#reviews .review")).isEmpty();
        assertThat(product.select(".rating-headline")).isEmpty();
        assertThat(ratingOf(reviewed)).isEqualTo(Rating.NONE);
        assertThat(catalog.shopRating(reviewed.weaver().businessId())).isEqualTo(Rating.NONE);
        Document mine = page(get("/orders/{n}/reviews", reviewed.order().number()).with(user(reviewed.buyer())));
        assertThat(mine.select(".review .flash.warning").text()).isEqualTo("Disembunyikan oleh Dekranasda: " + REASON);
        assertThat(new TestOutbox(context).awaitMailTo(reviewed.buyer().email(), "reviewHidden").body()).contains(REASON);
        assertThat(current(reviewed).awaitingCouncil()).isFalse();
    }

    @Test
    void anOfficerOutsideTheShopsAreaCannotHideItAndTheProvinceCan() throws Exception {
        Reviewed reviewed = reviewed("Kain Endek Wilayah Lain");
        KriyaUser badung = people.officerOf("51.03");

        mvc.perform(get("/officer/reviews/{id}", reviewed.reviewId()).with(user(badung))).andExpect(status().isNotFound());
        mvc.perform(as(post("/officer/reviews/{id}/hide", reviewed.reviewId()), badung).param("reason", REASON))
                .andExpect(status().isNotFound());
        assertThat(current(reviewed).isHidden()).isFalse();
        assertThat(ratingOf(reviewed).count()).isEqualTo(1);
        mvc.perform(as(post("/officer/reviews/{id}/hide", reviewed.reviewId()), reviewed.weaver().user())
                .param("reason", REASON)).andExpect(status().isForbidden());
        assertThat(current(reviewed).isHidden()).isFalse();

        KriyaUser bali = people.officerOf("51");
        mvc.perform(as(post("/officer/reviews/{id}/hide", reviewed.reviewId()), bali).param("reason", REASON))
                .andExpect(flash().attribute("flash", "trust.review.hidden"));
        assertThat(current(reviewed).isHidden()).isTrue();
    }

    @Test
    void hidingNeedsAReasonAndAHiddenReviewCanBeShownAgain() throws Exception {
        Reviewed reviewed = reviewed("Kain Endek Tampil Lagi");
        KriyaUser gianyar = people.officerOf("51.04");

        Document noReason = page(as(post("/officer/reviews/{id}/hide", reviewed.reviewId()), gianyar).param("reason", "  "));
        assertThat(noReason.select("#reason-error").text()).isEqualTo("Tulis alasan 10 sampai 500 huruf.");
        assertThat(current(reviewed).isHidden()).isFalse();

        mvc.perform(as(post("/officer/reviews/{id}/hide", reviewed.reviewId()), gianyar).param("reason", REASON));
        mvc.perform(as(post("/officer/reviews/{id}/restore", reviewed.reviewId()), gianyar))
                .andExpect(flash().attribute("flash", "trust.review.restored"));

        assertThat(current(reviewed).isHidden()).isFalse();
        assertThat(ratingOf(reviewed)).isEqualTo(new Rating(1, 3, 4, 5));
        assertThat(page(get("/products/{slug}", reviewed.piece().slug())).select("#reviews .review")).hasSize(1);
    }

    @Test
    void anOfficerKeepsAFairReviewThatWasReported() throws Exception {
        Reviewed reviewed = reviewed("Kain Endek Wajar");
        desk.report(reviewed.weaver().user().id(), reviewed.reviewId(), "Pembeli ini terlalu kritis menurut kami.");
        KriyaUser gianyar = people.officerOf("51.04");

        mvc.perform(as(post("/officer/reviews/{id}/keep", reviewed.reviewId()), gianyar))
                .andExpect(flash().attribute("flash", "trust.review.kept"));

        assertThat(current(reviewed).awaitingCouncil()).isFalse();
        assertThat(current(reviewed).isHidden()).isFalse();
        assertThat(page(get("/officer/reviews?reported=true").with(user(gianyar))).select(".review-list h2").text())
                .doesNotContain("Kain Endek Wajar");
    }

    @Test
    void htmlInAnAnswerAndAReasonIsShownAsText() throws Exception {
        Reviewed reviewed = reviewed("Kain Endek Jawaban Skrip");
        desk.answer(reviewed.weaver().user().id(), reviewed.reviewId(), "<script>alert(1)</script> terima kasih");
        desk.hide(people.officerOf("51.04").id(), reviewed.reviewId(), "<img src=x onerror=alert(1)> kasar");

        String mine = mvc.perform(get("/orders/{n}/reviews", reviewed.order().number()).with(user(reviewed.buyer())))
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; terima kasih").contains("&lt;img src=x onerror=alert(1)&gt; kasar");
    }
}
