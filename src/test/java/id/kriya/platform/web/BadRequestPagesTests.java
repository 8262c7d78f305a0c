package id.kriya.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A request no page can take gets the site's 400 page in the visitor's language, whatever page it was for. */
@KriyaWebTest
class BadRequestPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    Document badRequest(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void aPageNumberPastWhatANumberHoldsGetsTheSitesPage() throws Exception {
        Artisan me = artisans.verified();
        Document page = badRequest(get("/my/products").param("page", "99999999999").with(user(me.user())));
        assertThat(page.select("h1").text()).isEqualTo("Permintaan tidak dapat diproses");
        assertThat(page.text()).contains("Nilai “page” pada alamat atau formulir ini tidak sesuai");
        assertThat(page.select("a[href=/]")).isNotEmpty();

        Document english = badRequest(get("/my/products").param("page", "99999999999").param("lang", "en")
                .with(user(me.user())));
        assertThat(english.select("h1").text()).isEqualTo("The request could not be processed");
        assertThat(english.text()).contains("The value of “page” in this address or form is not valid");
    }

    @Test
    void otherPagesAnswerTheSameWay() throws Exception {
        assertThat(badRequest(get("/orders").param("page", "abc").with(user(people.buyer()))).text())
                .contains("Nilai “page”");
        assertThat(badRequest(get("/artisans").param("page", "99999999999")).text()).contains("Nilai “page”");
        Artisan me = artisans.verified();
        assertThat(badRequest(get("/my/orders").param("page", "1e9").with(user(me.user()))).text())
                .contains("Nilai “page”");
    }

    @Test
    void aPostMissingAFieldItsFormAlwaysSendsGetsTheSitesPage() throws Exception {
        assertThat(badRequest(post("/cart/items").param("quantity", "1").with(csrf())).text())
                .contains("Isian “productId” yang selalu dikirim halaman ini tidak ada");
        assertThat(badRequest(post("/cart/items").param("productId", "satu").param("quantity", "1").with(csrf())).text())
                .contains("Nilai “productId”");
        Artisan me = artisans.verified();
        assertThat(badRequest(post("/my/orders/KRY-0000/paid").param("lang", "en").with(user(me.user())).with(csrf()))
                .text()).contains("The field “method” that this page always sends is missing");
    }

    @Test
    void theApiKeepsAnsweringWithJsonProblems() throws Exception {
        mvc.perform(get("/api/v1/artisans/tenun-gelgel").param("page", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentType())
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.parameter").value("page"))
                .andExpect(jsonPath("$.status").value(400));
    }
}
