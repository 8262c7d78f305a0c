package id.kriya.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kriya.KriyaWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class StaticResourceTests {

    @Autowired
    MockMvc mvc;

    @Test
    void stylesScriptsAndIconAreServed() throws Exception {
        mvc.perform(get("/css/kriya.css")).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/js/kriya.js")).andExpect(status().isOk());
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
    }

    @Test
    void pagesLinkHtmxByItsVersionAndThatAddressServesIt() throws Exception {
        String page = mvc.perform(get("/privacy").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher htmx = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9][^/\"]*/dist/htmx\\.min\\.js)\"").matcher(page);
        assertThat(htmx.find()).as("a versioned htmx address in %s", page).isTrue();

        mvc.perform(get(htmx.group(1))).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void aPathThatIsNoFileIsNotFound() throws Exception {
        mvc.perform(get("/kriya.css").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }
}
