package id.kriya.trust.review.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.Rating;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoSize;
import id.kriya.media.TestImages;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.OrderView;
import id.kriya.trust.review.ReviewQueries;
import id.kriya.trust.review.TestPurchases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A buyer's review through the real pages: the happy path of issue 11 ("another buyer reviews with a photo and the
 * product shows the review and the as-pictured average"), and every bad input, each of which changes nothing.
 */
@KriyaWebTest
@Import(MutableClock.Configuration.class)
class BuyerReviewsTests {

    static final String TEXT = "Kainnya persis seperti di foto, tenunannya rapi sekali.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    TestPurchases purchases;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    ArtisanManagement businesses;

    @Autowired
    ReviewQueries reviews;

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    MutableClock clock;

    Instant start;

    @BeforeEach
    void realTime() {
        start = clock.notAheadOfRealTime();
    }

    @AfterEach
    void backToTheStart() {
        clock.setTo(start);
    }

    record Sale(Artisan weaver, ProductView piece, KriyaUser buyer, OrderView order) {
    }

    Sale completedSale(String title) {
        Artisan weaver = artisans.verified("51.04");
        ProductView piece = artisans.published(weaver, aProduct().titled(title).limited(5));
        KriyaUser buyer = people.buyer();
        return new Sale(weaver, piece, buyer, purchases.completed(weaver, buyer, piece));
    }

    static MockMultipartFile photo(String name) {
        return new MockMultipartFile("photos", name, "image/jpeg",
                TestImages.withExif(TestImages.jpeg(TestImages.sharp(640, 480)), 1));
    }

    MockMultipartHttpServletRequestBuilder review(Sale sale, String asPictured, String text) {
        MockMultipartHttpServletRequestBuilder request = multipart("/orders/{n}/reviews/{p}", sale.order().number(),
                sale.piece().id());
        request.param("asPictured", asPictured).param("quality", "5").param("service", "4").param("text", text);
        return request;
    }

    MockMultipartHttpServletRequestBuilder edit(Sale sale, String asPictured) {
        MockMultipartHttpServletRequestBuilder request = multipart("/orders/{n}/reviews/{p}/edit",
                sale.order().number(), sale.piece().id());
        request.param("asPictured", asPictured).param("quality", "5").param("service", "4").param("text", TEXT);
        return request;
    }

    ResultActions send(MockMultipartHttpServletRequestBuilder request, KriyaUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf()));
    }

    Document page(String url, Object... vars) throws Exception {
        return Jsoup.parse(mvc.perform(get(url, vars)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    long reviewsOf(ProductView piece) {
        return reviews.ofProduct(piece.id()).count();
    }

    Rating ratingOf(ProductView piece) {
        return catalog.find(piece.id()).orElseThrow().rating();
    }

    long photosOwnedBy(KriyaUser person) {
        return jdbc.queryForObject("SELECT count(*) FROM media_photo WHERE owner_user_id = ?", Long.class, person.id());
    }

    /** The form shown again with this message beside a field or above the form; the review was not kept. */
    /** What the person reads after sending: the form again with its errors, or the page it sent them to, flashed. */
    String shown(MvcResult result) throws Exception {
        if (result.getResponse().getStatus() == 200) {
            return Jsoup.parse(result.getResponse().getContentAsString()).select(".error, .flash.error").text();
        }
        assertThat(result.getResponse().getRedirectedUrl()).contains("/reviews");
        return messages.getMessage((String) result.getFlashMap().get("flashError"), null, Locale.forLanguageTag("id"));
    }

    void refusedWith(MockMultipartHttpServletRequestBuilder request, String message, Sale sale) throws Exception {
        long photosBefore = photosOwnedBy(sale.buyer());
        assertThat(shown(send(request, sale.buyer()).andReturn())).contains(message);
        assertThat(reviewsOf(sale.piece())).isZero();
        assertThat(ratingOf(sale.piece())).isEqualTo(Rating.NONE);
        assertThat(photosOwnedBy(sale.buyer())).as("no photo kept").isEqualTo(photosBefore);
    }

    @Test
    void anotherBuyerReviewsWithAPhotoAndTheProductShowsTheReviewAndTheAsPicturedAverage() throws Exception {
        Sale first = completedSale("Kain Endek Ulasan " + ArtisanMother.token());
        send(review(first, "5", "Sesuai sekali dengan fotonya, terima kasih."), first.buyer())
                .andExpect(redirectedUrl("/orders/" + first.order().number() + "/reviews"));
        KriyaUser second = people.buyer();
        OrderView order = purchases.completed(first.weaver(), second, first.piece());
        Sale another = new Sale(first.weaver(), first.piece(), second, order);

        send(review(another, "4", TEXT).file(photo("kain-diterima.jpg")), second)
                .andExpect(redirectedUrl("/orders/" + order.number() + "/reviews"))
                .andExpect(flash().attribute("flash", "trust.review.posted"));

        Document product = page("/products/{slug}", first.piece().slug());
        assertThat(product.select(".rating-headline").text()).isEqualTo("★ 4,5 sesuai foto · 2 ulasan");
        assertThat(product.select("#reviews .rating-averages").text()).contains("Sesuai foto 4,5")
                .contains("Kualitas 5,0").contains("Pelayanan 4,0");
        assertThat(product.select("#reviews .review").first().text()).contains(TEXT).contains("Made T.")
                .contains("Pembelian terverifikasi");
        assertThat(page("/products/{slug}?lang=en", first.piece().slug()).select(".rating-headline").text())
                .isEqualTo("★ 4.5 as pictured · 2 reviews");
        String photoUrl = product.select(".buyer-photos img").attr("src");
        assertThat(photoUrl).startsWith("/media/");
        assertThat(product.select("#reviews .review").first().select(".review-photos img").attr("src")).isEqualTo(photoUrl);
        assertThat(product.select(".review-filter").text()).contains("Semua (2)").contains("Dengan foto (1)");
        String jsonLd = product.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"aggregateRating\":{\"@type\":\"AggregateRating\",\"ratingValue\":4.5,"
                + "\"reviewCount\":2,\"bestRating\":5,\"worstRating\":1}");

        PhotoId kept = reviews.ofProduct(first.piece().id()).latest().get(0).photoIds().get(0);
        byte[] served = media.rendition(kept, PhotoSize.FULL).orElseThrow();
        assertThat(TestImages.contains(served, TestImages.GPS_MARKER)).as("the location is stripped").isFalse();

        Document withPhotos = page("/products/{slug}/reviews?photos=true", first.piece().slug());
        assertThat(withPhotos.select(".review")).hasSize(1);
        assertThat(withPhotos.select(".review").text()).contains(TEXT);

        Document search = page("/search?q={q}", first.piece().title());
        assertThat(search.select(".card-rating").text()).contains("★ 4,5 sesuai foto (2)");

        String api = mvc.perform(get("/api/v1/products/{slug}", first.piece().slug())).andReturn().getResponse()
                .getContentAsString();
        assertThat(api).contains("\"reviews\":2,\"asPictured\":4.5,\"quality\":5.0,\"service\":4.0");
        assertThat(mvc.perform(get("/api/v1/products?q={q}", first.piece().title())).andReturn().getResponse()
                .getContentAsString()).contains("\"reviews\":2,\"asPictured\":4.5");

        String shop = businesses.find(first.weaver().businessId()).orElseThrow().slug();
        assertThat(page("/artisans/{slug}", shop).select(".shop-rating").text()).contains("2 ulasan")
                .contains("Sesuai foto 4,5");
        assertThat(catalog.shopRating(first.weaver().businessId()).asPictured()).isEqualByComparingTo(new BigDecimal("4.5"));
    }

    @Test
    void theBuyerSeesTheFormAndTheOrderPageAsksForTheReview() throws Exception {
        Sale sale = completedSale("Kain Endek Diminta Ulasan");

        Document order = Jsoup.parse(mvc.perform(get("/orders/{n}", sale.order().number()).with(user(sale.buyer())))
                .andReturn().getResponse().getContentAsString());
        assertThat(order.select(".review-prompt a").attr("href")).isEqualTo("/orders/" + sale.order().number() + "/reviews");
        Document form = Jsoup.parse(mvc.perform(get("/orders/{n}/reviews/{p}", sale.order().number(), sale.piece().id())
                .with(user(sale.buyer()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=asPictured][type=radio]")).hasSize(5);
        assertThat(form.select("input[type=file][name=photos]").hasAttr("multiple")).isTrue();
        assertThat(form.select("form").attr("enctype")).isEqualTo("multipart/form-data");
    }

    @Test
    void someoneWhoDidNotBuyCannotReviewAndAVisitorIsAskedToSignIn() throws Exception {
        Sale sale = completedSale("Kain Endek Bukan Pembeli");
        KriyaUser stranger = people.buyer();

        send(review(sale, "1", TEXT), stranger).andExpect(status().isNotFound());
        mvc.perform(get("/orders/{n}/reviews/{p}", sale.order().number(), sale.piece().id()).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orders/{n}/reviews", sale.order().number()))
                .andExpect(redirectedUrl("/signin?continue=/orders/" + sale.order().number() + "/reviews"));
        mvc.perform(review(sale, "1", TEXT).with(csrf())).andExpect(redirectedUrl("/signin"));

        assertThat(reviewsOf(sale.piece())).isZero();
        assertThat(ratingOf(sale.piece())).isEqualTo(Rating.NONE);
    }

    @Test
    void anOrderNotCompletedCannotBeReviewed() throws Exception {
        Artisan weaver = artisans.verified("51.04");
        ProductView piece = artisans.published(weaver, aProduct().titled("Kain Endek Belum Selesai"));
        KriyaUser buyer = people.buyer();
        OrderView arrived = purchases.arrived(weaver, CartOwner.user(buyer.id()), piece);
        Sale sale = new Sale(weaver, piece, buyer, arrived);

        refusedWith(review(sale, "5", TEXT), "Ulasan baru bisa ditulis setelah pesanan selesai.", sale);
        mvc.perform(get("/orders/{n}/reviews/{p}", arrived.number(), piece.id()).with(user(buyer)))
                .andExpect(flash().attribute("flashError", "trust.review.rule.notCompleted"));
    }

    @Test
    void theTimeForReviewsEndsThirtyDaysAfterCompletion() throws Exception {
        Sale sale = completedSale("Kain Endek Terlambat");
        clock.advance(Duration.ofDays(30).plusMinutes(1));

        refusedWith(review(sale, "5", TEXT), "Waktu untuk memberi ulasan pesanan ini sudah lewat.", sale);
        Document order = Jsoup.parse(mvc.perform(get("/orders/{n}/reviews", sale.order().number()).with(user(sale.buyer())))
                .andReturn().getResponse().getContentAsString());
        assertThat(order.select("a.button:not(.secondary)")).as("no way to write one").isEmpty();
    }

    @Test
    void aLineIsReviewedOnce() throws Exception {
        Sale sale = completedSale("Kain Endek Sekali Saja");
        send(review(sale, "5", TEXT), sale.buyer()).andExpect(status().is3xxRedirection());

        assertThat(shown(send(review(sale, "1", "Saya berubah pikiran, jelek."), sale.buyer()).andReturn()))
                .isEqualTo("Barang ini sudah Anda ulas.");
        assertThat(reviewsOf(sale.piece())).isEqualTo(1);
        assertThat(reviews.ofProduct(sale.piece().id()).latest().get(0).isEditable())
                .as("a form sent twice does not spend the one change").isTrue();
        assertThat(ratingOf(sale.piece())).isEqualTo(new Rating(1, 5, 5, 4));
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() throws Exception {
        Sale sale = completedSale("Kain Endek Nilai Aneh");
        for (String score : new String[] {"0", "6", "-1", "lima", ""}) {
            refusedWith(review(sale, score, TEXT), "Pilih nilai dari 1 sampai 5 bintang.", sale);
        }
        refusedWith(multipart("/orders/{n}/reviews/{p}", sale.order().number(), sale.piece().id())
                .param("text", TEXT), "Pilih nilai dari 1 sampai 5 bintang.", sale);
    }

    @Test
    void aLinkOrFiveThousandCharactersAreRefused() throws Exception {
        Sale sale = completedSale("Kain Endek Tautan");
        refusedWith(review(sale, "5", "Lebih murah di https://tokolain.example/kain").file(photo("a.jpg")),
                "Ulasan tidak boleh berisi tautan atau alamat situs.", sale);
        refusedWith(review(sale, "5", "Pesan lewat wa.me/6281234567890 ya"),
                "Ulasan tidak boleh berisi tautan atau alamat situs.", sale);
        refusedWith(review(sale, "5", "a".repeat(5_000)),
                "Tulis 10 sampai 2.000 huruf, atau kosongkan.", sale);
    }

    @Test
    void aBadPhotoIsRefusedWithItsReasonAndNoPhotoIsKept() throws Exception {
        Sale sale = completedSale("Kain Endek Foto Palsu");
        MockMultipartFile fake = new MockMultipartFile("photos", "kain.jpg", "image/jpeg",
                "<html>bukan gambar</html>".getBytes(StandardCharsets.UTF_8));

        refusedWith(review(sale, "5", TEXT).file(photo("asli.jpg")).file(fake),
                "Berkas ini bukan foto JPEG, PNG, atau WebP.", sale);
        refusedWith(review(sale, "5", TEXT).file(photo("1.jpg")).file(photo("2.jpg")).file(photo("3.jpg"))
                .file(photo("4.jpg")).file(photo("5.jpg")).file(photo("6.jpg")),
                "Paling banyak 5 foto untuk satu ulasan.", sale);
    }

    @Test
    void forgedOrderNumbersAndLinesAreNotFound() throws Exception {
        Sale sale = completedSale("Kain Endek Palsu");
        Sale other = completedSale("Kain Endek Orang Lain");

        send(multipart("/orders/{n}/reviews/{p}", sale.order().number(), other.piece().id())
                .param("asPictured", "5").param("quality", "5").param("service", "5"), sale.buyer())
                .andExpect(status().isNotFound());
        send(multipart("/orders/{n}/reviews/{p}", other.order().number(), other.piece().id())
                .param("asPictured", "1").param("quality", "1").param("service", "1"), sale.buyer())
                .andExpect(status().isNotFound());
        send(multipart("/orders/{n}/reviews/{p}", "KR-000000-XXXXXX", sale.piece().id())
                .param("asPictured", "1").param("quality", "1").param("service", "1"), sale.buyer())
                .andExpect(status().isNotFound());

        assertThat(reviewsOf(sale.piece())).isZero();
        assertThat(reviewsOf(other.piece())).isZero();
    }

    @Test
    void htmlInAReviewIsShownAsText() throws Exception {
        Sale sale = completedSale("Kain Endek Skrip");
        send(review(sale, "5", "<script>alert('x')</script> <b>tebal</b> bagus"), sale.buyer())
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(get("/products/{slug}", sale.piece().slug())).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>tebal</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;tebal&lt;/b&gt; bagus");
    }

    @Test
    void aReviewIsChangedOnceWithinAWeekAndItsDroppedPhotosAreDeleted() throws Exception {
        Sale sale = completedSale("Kain Endek Diubah");
        send(review(sale, "2", TEXT).file(photo("1.jpg")).file(photo("2.jpg")), sale.buyer())
                .andExpect(status().is3xxRedirection());
        var written = reviews.ofProduct(sale.piece().id()).latest().get(0);
        PhotoId keep = written.photoIds().get(0);
        PhotoId drop = written.photoIds().get(1);
        Sale stranger = completedSale("Kain Endek Foto Orang");
        send(review(stranger, "5", TEXT).file(photo("x.jpg")), stranger.buyer()).andExpect(status().is3xxRedirection());
        PhotoId someoneElses = reviews.ofProduct(stranger.piece().id()).latest().get(0).photoIds().get(0);

        send(edit(sale, "5").param("keep", keep.toString(), someoneElses.toString()), sale.buyer())
                .andExpect(flash().attribute("flash", "trust.review.changed"));

        var changed = reviews.ofProduct(sale.piece().id()).latest().get(0);
        assertThat(changed.scores().asPictured()).isEqualTo(5);
        assertThat(changed.photoIds()).containsExactly(keep);
        assertThat(media.find(drop)).isEmpty();
        assertThat(ratingOf(sale.piece())).isEqualTo(new Rating(1, 5, 5, 4));

        assertThat(shown(send(edit(sale, "1"), sale.buyer()).andReturn())).contains("perubahan hanya sekali");
        assertThat(ratingOf(sale.piece())).isEqualTo(new Rating(1, 5, 5, 4));
    }

    @Test
    void aReviewCannotBeChangedAfterItsWeek() throws Exception {
        Sale sale = completedSale("Kain Endek Seminggu");
        send(review(sale, "3", TEXT), sale.buyer()).andExpect(status().is3xxRedirection());
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(shown(send(edit(sale, "5"), sale.buyer()).andReturn())).isEqualTo("Ulasan ini tidak bisa diubah lagi.");
        assertThat(ratingOf(sale.piece())).isEqualTo(new Rating(1, 3, 5, 4));
    }

    @Test
    void aGuestBuyerReviewsSignedInWithTheKeyFromTheirMail() throws Exception {
        Artisan weaver = artisans.verified("51.04");
        ProductView piece = artisans.published(weaver, aProduct().titled("Kain Endek Tamu"));
        OrderView order = purchases.completedByGuest(weaver, piece);
        KriyaUser guest = people.buyer();
        Sale sale = new Sale(weaver, piece, guest, order);

        send(review(sale, "5", TEXT), guest).andExpect(status().isNotFound());
        send(review(sale, "5", TEXT).param("key", order.checkoutId().toString()), guest)
                .andExpect(redirectedUrl("/orders/" + order.number() + "/reviews?key=" + order.checkoutId()));
        assertThat(reviewsOf(piece)).isEqualTo(1);
    }

    @Test
    void anArtisanCannotReviewTheirOwnShop() throws Exception {
        Artisan weaver = artisans.verified("51.04");
        ProductView piece = artisans.published(weaver, aProduct().titled("Kain Endek Sendiri"));
        OrderView order = purchases.completed(weaver, weaver.user(), piece);

        refusedWith(review(new Sale(weaver, piece, weaver.user(), order), "5", TEXT),
                "Anda tidak bisa mengulas barang dari usaha Anda sendiri.", new Sale(weaver, piece, weaver.user(), order));
    }

    @Test
    void theProductsReviewsPageListsThemNewestFirstTenAPage() throws Exception {
        Sale sale = completedSale("Kain Endek Banyak Ulasan");
        send(review(sale, "3", "Ulasan yang pertama ditulis."), sale.buyer()).andExpect(status().is3xxRedirection());
        clock.advance(Duration.ofMinutes(1));
        KriyaUser second = people.buyer();
        OrderView order = purchases.completed(sale.weaver(), second, sale.piece());
        send(review(new Sale(sale.weaver(), sale.piece(), second, order), "5", "Ulasan yang kedua ditulis."), second)
                .andExpect(status().is3xxRedirection());

        Document all = page("/products/{slug}/reviews", sale.piece().slug());
        assertThat(all.select(".review .review-text").eachText())
                .containsExactly("Ulasan yang kedua ditulis.", "Ulasan yang pertama ditulis.");
        assertThat(reviews.ofProduct(sale.piece(), false, PageRequest.of(0, 10)).reviews().getTotalElements()).isEqualTo(2);
    }
}
