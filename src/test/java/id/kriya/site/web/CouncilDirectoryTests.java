package id.kriya.site.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.ArtisanDirectory;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class CouncilDirectoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    ArtisanDirectory directory;

    @Test
    void listsEveryProvinceWithItsAreasAndTheirVerifiedMemberCounts() throws Exception {
        long before = directory.countsByRegion().getOrDefault("51.06", 0L);
        long id = artisans.register(people.buyer().id(), aBusiness().in("51.06").details());
        artisans.register(people.buyer().id(), aBusiness().in("51.06").details()); // pending: not counted
        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(people.officerOf("51.06"))).with(csrf()));

        var model = mvc.perform(get("/councils"))
                .andExpect(view().name(CouncilDirectoryController.LIST_VIEW))
                .andExpect(content().string(containsString("Dekranasda Provinsi Bali")))
                .andExpect(content().string(containsString("Dekranasda Kota Denpasar")))
                .andReturn().getModelAndView().getModel();

        @SuppressWarnings("unchecked")
        var provinces = (List<CouncilDirectoryController.ProvinceEntry>) model.get("provinces");
        var bangli = provinces.get(0).areas().stream().filter(area -> area.council().code().equals("51.06")).findFirst();
        assertThat(provinces.get(0).areas()).hasSize(9);
        assertThat(bangli).get().extracting(CouncilDirectoryController.AreaEntry::verifiedMembers).isEqualTo(before + 1);
    }

    @Test
    void showsARegencyWithItsVerifiedMembersAndTheProvinceWithAll() throws Exception {
        ArtisanMother verified = aBusiness().in("51.05").named("Kamasan " + ArtisanMother.token());
        ArtisanMother pending = aBusiness().in("51.05").named("Kamasan " + ArtisanMother.token());
        long id = artisans.register(people.buyer().id(), verified.details());
        artisans.register(people.buyer().id(), pending.details());
        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(people.officerOf("51.05"))).with(csrf()));

        mvc.perform(get("/councils/51.05"))
                .andExpect(view().name(CouncilDirectoryController.COUNCIL_VIEW))
                .andExpect(content().string(containsString("Dekranasda Kabupaten Klungkung")))
                .andExpect(content().string(containsString(verified.name())))
                .andExpect(content().string(not(containsString(pending.name()))));
        mvc.perform(get("/councils/51.04"))
                .andExpect(content().string(not(containsString(verified.name()))));
        mvc.perform(get("/councils/51"))
                .andExpect(content().string(containsString("Dekranasda Provinsi Bali")))
                .andExpect(content().string(containsString("/councils/51.05")));
    }

    @Test
    void unknownCouncilIsNotFound() throws Exception {
        mvc.perform(get("/councils/99")).andExpect(status().isNotFound());
        mvc.perform(get("/councils/51.99")).andExpect(status().isNotFound());
        mvc.perform(get("/councils/bali")).andExpect(status().isNotFound());
    }
}
