package id.kriya.site.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class HomeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Test
    void showsNewlyVerifiedArtisansButNotThoseStillWaiting() throws Exception {
        ArtisanMother verified = aBusiness().in("51.07").named("Gringsing " + ArtisanMother.token());
        ArtisanMother pending = aBusiness().in("51.07").named("Gringsing " + ArtisanMother.token());
        long id = artisans.register(people.buyer().id(), verified.details());
        artisans.register(people.buyer().id(), pending.details());
        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(people.officerOf("51.07"))).with(csrf()));

        mvc.perform(get("/"))
                .andExpect(view().name(HomeController.VIEW))
                .andExpect(content().string(containsString(verified.name())))
                .andExpect(content().string(not(containsString(pending.name()))))
                .andExpect(content().string(not(containsString("Belum ada perajin terverifikasi"))))
                .andExpect(content().string(containsString("/councils/51.07")));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("Find artisans")))
                .andExpect(content().string(containsString("How Kriya works")));
    }
}
