package id.kriya.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import id.kriya.KriyaWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Over HTTPS (as the server sees a request once a trusted proxy's X-Forwarded-Proto is read, or HTTPS itself) every
 * cookie is Secure and browsers are told to keep to HTTPS; over plain http on localhost cookies still work.
 */
@KriyaWebTest
class SecureTransportTests {

    @Autowired
    MockMvc mvc;

    @Test
    void overHttpsEveryCookieIsSecureAndHstsIsSent() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/signin").param("lang", "en").secure(true)).andReturn().getResponse();

        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        assertThat(page.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(page.getHeaders("Set-Cookie")).filteredOn(cookie -> !cookie.startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("kriya-lang=en"))
                .allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
        // The session and CSRF cookies are written as the embedded server configures them, which MockMvc has not
        // (and once any test used Spring Security's csrf() helper, the shared context's CSRF filter keeps a test
        // repository): KriyaApplicationIT checks both over a real port behind a proxy's X-Forwarded-Proto.
    }

    @Test
    void overPlainHttpCookiesWorkWithoutSecureAndNoHstsIsSent() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/signin").param("lang", "en")).andReturn().getResponse();

        assertThat(page.getHeader("Strict-Transport-Security")).isNull();
        assertThat(page.getHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("kriya-lang=en"))
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));

        // The language chosen over plain http is read back: the cookie works on localhost.
        String english = mvc.perform(get("/signin").cookie(page.getCookie("kriya-lang")))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("lang=\"en\"");
    }

    @Test
    void everyPageLimitsWhatItMayAskOfThePhone() throws Exception {
        for (boolean secure : List.of(true, false)) {
            String policy = mvc.perform(get("/").secure(secure)).andReturn().getResponse().getHeader("Permissions-Policy");
            assertThat(policy).contains("camera=(self)").contains("geolocation=()").contains("microphone=()")
                    .contains("payment=(self)");
        }
    }
}
