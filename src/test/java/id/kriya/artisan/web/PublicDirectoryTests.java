package id.kriya.artisan.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.Craft;
import id.kriya.artisan.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class PublicDirectoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Test
    void pendingAndRejectedBusinessesDoNotExistPublicly() throws Exception {
        String token = ArtisanMother.token();
        ArtisanMother pending = aBusiness().in("51.04").inVillage("Tegallalang " + token);
        ArtisanMother rejected = aBusiness().in("51.04").inVillage("Tegallalang " + token);
        long pendingId = artisans.register(people.buyer().id(), pending.details());
        long rejectedId = artisans.register(people.buyer().id(), rejected.details());
        mvc.perform(post("/officer/members/{id}/reject", rejectedId).param("version", people.versionOf(rejectedId)).param("reason", "Data belum lengkap sama sekali.")
                .with(user(people.officerOf("51.04"))).with(csrf()));

        mvc.perform(get("/artisans/{slug}", artisans.find(pendingId).orElseThrow().slug())).andExpect(status().isNotFound());
        mvc.perform(get("/artisans/{slug}", artisans.find(rejectedId).orElseThrow().slug())).andExpect(status().isNotFound());
        mvc.perform(get("/artisans/{slug}", "tidak-ada-" + token)).andExpect(status().isNotFound());
        mvc.perform(get("/artisans").param("q", token))
                .andExpect(content().string(not(containsString(pending.name()))))
                .andExpect(content().string(not(containsString(rejected.name()))));
    }

    @Test
    void directoryFiltersByWordsRegencyAndCraft() throws Exception {
        String token = ArtisanMother.token();
        ArtisanMother silverInGianyar = aBusiness().in("51.04").inVillage("Celuk " + token).practising(Craft.PERAK_PERHIASAN);
        ArtisanMother weavingInKarangasem = aBusiness().in("51.07").inVillage("Tenganan " + token).practising(Craft.GRINGSING);
        KriyaUser province = people.officerOf("51");
        for (ArtisanMother business : new ArtisanMother[] {silverInGianyar, weavingInKarangasem}) {
            long id = artisans.register(people.buyer().id(), business.details());
            mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(province)).with(csrf()));
        }

        mvc.perform(get("/artisans").param("q", token.toUpperCase()))
                .andExpect(content().string(containsString(silverInGianyar.name())))
                .andExpect(content().string(containsString(weavingInKarangasem.name())));
        mvc.perform(get("/artisans").param("q", token).param("regency", "51.07"))
                .andExpect(content().string(not(containsString(silverInGianyar.name()))))
                .andExpect(content().string(containsString(weavingInKarangasem.name())));
        mvc.perform(get("/artisans").param("q", token).param("craft", "PERAK_PERHIASAN"))
                .andExpect(content().string(containsString(silverInGianyar.name())))
                .andExpect(content().string(not(containsString(weavingInKarangasem.name()))));
        mvc.perform(get("/artisans").param("q", token).param("craft", "PALSU").param("regency", "99.99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(silverInGianyar.name())));
    }

    @Test
    void searchTreatsWildcardsAsPlainText() throws Exception {
        mvc.perform(get("/artisans").param("q", "%_%"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Belum ada perajin yang cocok")));
    }

    @Test
    void htmxFilteringGetsOnlyTheResultsWhileTheFullPageStaysForLinksAndNoJavaScript() throws Exception {
        String token = ArtisanMother.token();
        ArtisanMother business = aBusiness().in("51.04").inVillage("Mas " + token);
        people.verifiedBusiness(people.buyer(), business);

        mvc.perform(get("/artisans").param("q", token).header("HX-Request", "true"))
                .andExpect(view().name(DirectoryController.RESULTS_FRAGMENT))
                .andExpect(content().string(containsString("id=\"directory-results\"")))
                .andExpect(content().string(containsString(business.name())))
                .andExpect(content().string(not(containsString("<form"))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/artisans").param("q", token))
                .andExpect(view().name(DirectoryController.LIST_VIEW))
                .andExpect(content().string(containsString("hx-push-url=\"true\"")))
                .andExpect(content().string(not(containsString("hx-select"))))
                .andExpect(content().string(containsString(business.name())));
    }
}
