package id.kriya.catalog.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.currency.Currency;
import id.kriya.catalog.currency.CurrencyRates;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class ProductPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Autowired
    ArtisanManagement businesses;

    @Autowired
    CurrencyRates rates;

    Document page(String url, Object... vars) throws Exception {
        return Jsoup.parse(mvc.perform(get(url, vars)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void publishedProductShowsWhatABuyerAsks() throws Exception {
        Artisan me = artisans.verified();
        ProductView product = artisans.published(me, aProduct().titled("Kain Endek Gringsing Wayang").limited(3));
        Document page = page("/products/{slug}", product.slug());

        assertThat(page.select("h1").text()).isEqualTo("Kain Endek Gringsing Wayang");
        assertThat(page.select(".price").first().text()).isEqualTo("Rp1.250.000");
        assertThat(page.text()).contains("Sisa 3").contains("sutra").contains("Tenun ikat ATBM").contains("Ni Luh Sari")
                .contains("Sidemen, Karangasem").contains("200 × 110 × 1 cm").contains("350 gram")
                .contains("Ditenun dengan ATBM");
        assertThat(page.select("a[href=/artisans/" + businesses.find(me.businessId()).orElseThrow().slug() + "]")).isNotEmpty();
    }

    @Test
    void linksSharedOnWhatsAppShowTitleAndPrice() throws Exception {
        Artisan me = artisans.verified();
        ProductView product = artisans.published(me, aProduct().titled("Songket Benang Emas Sidemen"));
        Document page = page("/products/{slug}", product.slug());

        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Songket Benang Emas Sidemen");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("product");
        assertThat(page.select("meta[property=og:description]").attr("content")).startsWith("Rp1.250.000 · ");
        assertThat(page.select("meta[property=og:url]").attr("content")).endsWith("/products/" + product.slug());
        assertThat(page.select("meta[property=product:price:amount]").attr("content")).isEqualTo("1250000");
        assertThat(page.select("meta[property=product:price:currency]").attr("content")).isEqualTo("IDR");
        assertThat(page.select("title").text()).contains("Songket Benang Emas Sidemen").contains("Rp1.250.000");

        String share = page.select("a[href^=https://wa.me/?text=]").attr("href");
        assertThat(share).contains("Songket%20Benang%20Emas%20Sidemen").contains("/products/" + product.slug());
        String chat = page.select("a[href^=https://wa.me/628]").attr("href");
        assertThat(chat).contains("?text=").contains("Songket%20Benang%20Emas%20Sidemen");

        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"@type\":\"Product\"").contains("\"name\":\"Songket Benang Emas Sidemen\"")
                .contains("\"price\":1250000").contains("\"priceCurrency\":\"IDR\"");
    }

    @Test
    void jsonLdCannotBeClosedByATitle() throws Exception {
        Artisan me = artisans.verified();
        ProductView product = artisans.published(me, aProduct().titled("Kain </script><script>alert(1)</script>"));
        String html = mvc.perform(get("/products/{slug}", product.slug())).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(html).contains("\\u003c/script\\u003e");
    }

    @Test
    void draftsHiddenAndArchivedProductsAreNotFound() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());
        mvc.perform(get("/products/{slug}", draft.slug())).andExpect(status().isNotFound());
        ProductView archived = artisans.published(me, aProduct());
        products.archive(me.user().id(), archived.id());
        mvc.perform(get("/products/{slug}", archived.slug())).andExpect(status().isNotFound());
        mvc.perform(get("/products/tidak-ada-sama-sekali")).andExpect(status().isNotFound());
    }

    @Test
    void englishVisitorReadsTheEnglishStoryWhenThereIsOne() throws Exception {
        Artisan me = artisans.verified();
        ProductView withEnglish = artisans.published(me, aProduct().withEnglishStory("Hand-woven in Gelgel with natural dyes."));
        ProductView onlyIndonesian = artisans.published(me, aProduct());

        assertThat(page("/products/{slug}?lang=en", withEnglish.slug()).select(".story").text())
                .isEqualTo("Hand-woven in Gelgel with natural dyes.");
        assertThat(page("/products/{slug}", withEnglish.slug()).select(".story").text()).startsWith("Ditenun dengan ATBM");
        assertThat(page("/products/{slug}?lang=en", onlyIndonesian.slug()).select(".story").text()).startsWith("Ditenun dengan ATBM");
    }

    @Test
    void englishVisitorSeesAnApproximateForeignPriceInTheCurrencyTheyChose() throws Exception {
        rates.set(Map.of(Currency.USD, new BigDecimal("16000"), Currency.EUR, new BigDecimal("17000"),
                Currency.AUD, new BigDecimal("10000")), 1L);
        Artisan me = artisans.verified();
        ProductView product = artisans.published(me, aProduct());

        Document english = page("/products/{slug}?lang=en", product.slug());
        assertThat(english.select(".approx").text()).isEqualTo("≈ approx. USD 78.13");
        assertThat(english.select(".price").first().text()).isEqualTo("Rp1.250.000");
        assertThat(english.text()).contains("you pay in Indonesian rupiah");

        mvc.perform(get("/products/{slug}", product.slug()).param("lang", "en").param("currency", "AUD"))
                .andExpect(cookie().value(ProductPageController.CURRENCY_COOKIE, "AUD"))
                .andExpect(content().string(containsString("≈ approx. AUD 125.00")));
        mvc.perform(get("/products/{slug}", product.slug()).param("lang", "en")
                        .cookie(new Cookie(ProductPageController.CURRENCY_COOKIE, "EUR")))
                .andExpect(content().string(containsString("≈ approx. EUR 73.53")));

        mvc.perform(get("/products/{slug}", product.slug()))
                .andExpect(content().string(not(containsString("approx"))))
                .andExpect(content().string(not(containsString("kira-kira"))));
    }

    @Test
    void adminSetsRatesAndBadRatesAreRefused() throws Exception {
        var admin = user("admin@kriya.local").roles("ADMIN");
        mvc.perform(get("/admin/currency").with(admin)).andExpect(status().isOk());
        mvc.perform(post("/admin/currency").param("usd", "-1").param("eur", "abc").param("aud", "10000")
                        .with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi angka antara 1 dan 1.000.000")));
        mvc.perform(get("/admin/currency").with(user("x@contoh.id").roles("BUYER"))).andExpect(status().isForbidden());
    }

    @Test
    void artisanPageListsTheShopsPublicProductsOnly() throws Exception {
        Artisan me = artisans.verified();
        artisans.published(me, aProduct().titled("Selendang Songket Terbit"));
        artisans.draft(me, aProduct().titled("Kamen Endek Masih Draf"));
        String slug = businesses.find(me.businessId()).orElseThrow().slug();

        Document page = page("/artisans/{slug}", slug);
        assertThat(page.select(".shop").text()).contains("Selendang Songket Terbit").contains("Rp1.250.000")
                .doesNotContain("Kamen Endek Masih Draf");
    }

    @Test
    void sharedLinkShowsTheCoverWithAnAbsoluteAddressAndThePageShowsEveryPhoto() throws Exception {
        Artisan me = artisans.verified();
        ProductView product = artisans.published(me, aProduct().titled("Songket Motif Wajik"));
        var second = artisans.withPhoto(me, product.id());
        var cover = product.coverId();
        Document page = page("/products/{slug}", product.slug());

        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost:8080/media/" + cover + "/card.jpg");
        assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("320");
        assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("240");
        var photos = page.select(".gallery-strip img.product-photo");
        assertThat(photos).hasSize(2);
        var img = photos.first();
        assertThat(img.attr("src")).isEqualTo("/media/" + cover + "/small.jpg");
        assertThat(img.attr("srcset")).contains("/media/" + cover + "/thumb.jpg 200w").contains("/media/" + cover + "/small.jpg 320w")
                .doesNotContain("card.jpg").doesNotContain("full.jpg");
        assertThat(img.attr("sizes")).isEqualTo("(min-width: 48rem) min(600px, calc(45vh * 1.333)), min(100vw, calc(45vh * 1.333))");
        assertThat(img.attr("alt")).isEqualTo("Songket Motif Wajik");
        assertThat(img.attr("width")).isEqualTo("320");
        assertThat(img.attr("height")).isEqualTo("240");
        assertThat(img.attr("loading")).isEqualTo("eager");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        var more = page.select(".gallery-strip li").get(1);
        assertThat(more.select("a").attr("href")).isEqualTo("/media/" + second.id() + "/full.jpg");
        assertThat(more.select("img").attr("loading")).isEqualTo("lazy");
        assertThat(more.select("img").attr("fetchpriority")).isEqualTo("low");
        assertThat(page.select("link[rel=preload][as=image]").attr("imagesrcset")).isEqualTo(img.attr("srcset"));
        assertThat(page.select("script[type=application/ld+json]").html())
                .contains("\"image\":[\"http://localhost:8080/media/" + cover + "/full.jpg\",\"http://localhost:8080/media/" + second.id() + "/full.jpg\"]");
    }
}
