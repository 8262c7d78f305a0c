package id.kriya.artisan.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The officer's home says how many businesses of their area wait for verification, and links to them. */
@KriyaWebTest
class OfficerHomeWorkTests {

    static final String MEMBERS_LINE = ".waiting-work a[href='/officer/members?status=PENDING']";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    ArtisanVerification verification;

    Document home(KriyaUser officer) throws Exception {
        return Jsoup.parse(mvc.perform(get("/officer").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theOfficerSeesHowManyBusinessesOfTheirAreaWaitAndWhereToVerifyThem() throws Exception {
        KriyaUser officer = people.officerOf("51.06");
        artisans.register(people.buyer().id(), aBusiness().in("51.06").details());
        long pending = verification.pendingCount(officer.id());
        assertThat(pending).isPositive();

        // Other modules list their own work beside it (photos used by two shops, …): this line is the members'.
        Document page = home(officer);
        assertThat(page.select(MEMBERS_LINE).text()).isEqualTo(pending + " usaha menunggu verifikasi");

        artisans.register(people.buyer().id(), aBusiness().in("51.06").details());
        artisans.register(people.buyer().id(), aBusiness().in("51.01").details());
        assertThat(home(officer).select(MEMBERS_LINE).text()).as("another regency's business is not theirs")
                .isEqualTo((pending + 1) + " usaha menunggu verifikasi");
    }

    @Test
    void theCountIsTheNumberTheMemberListShows() throws Exception {
        KriyaUser province = people.officerOf("51");
        artisans.register(people.buyer().id(), aBusiness().in("51.02").details());
        String list = mvc.perform(get("/officer/members").param("status", "PENDING").with(user(province)))
                .andReturn().getResponse().getContentAsString();
        long count = verification.pendingCount(province.id());

        assertThat(list).contains(count + " usaha");
        assertThat(home(province).select(MEMBERS_LINE).text()).isEqualTo(count + " usaha menunggu verifikasi");
    }
}
