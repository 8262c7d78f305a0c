package id.kriya.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class LanguageParameterTests {

    @Autowired
    MockMvc mvc;

    @Test
    void unknownLanguageIsIgnored() throws Exception {
        mvc.perform(get("/").param("lang", "fr").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"id\"")));
    }
}
