package id.kriya.account.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Where a person lands after signing in, and how the page they wanted survives the way through sign-in. */
@KriyaWebTest
class SignInLandingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    AccountManagement accounts;

    @Test
    void aVisitorWhoMustSignInIsSentThereWithThePageTheyWanted() throws Exception {
        mvc.perform(get("/my/business/new"))
                .andExpect(redirectedUrl("/signin?continue=/my/business/new"));
    }

    @Test
    void theSignInPageCarriesThePageIntoItsFormAndIntoTheLinkToSignUp() throws Exception {
        mvc.perform(get("/signin").param("continue", "/my/business/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"continue\" value=\"/my/business/new\"")))
                .andExpect(content().string(containsString("href=\"/signup?continue=/my/business/new\"")));
    }

    @Test
    void theSignInPageIgnoresAPageOffSite() throws Exception {
        mvc.perform(get("/signin").param("continue", "//evil.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evil.example"))));
    }

    @Test
    void afterSigningInThePersonGoesOnToThePageTheyWanted() throws Exception {
        KriyaUser buyer = people.buyer();
        signIn(buyer, "/my/business/new").andExpect(redirectedUrl("/my/business/new"));
    }

    @Test
    void theRequestSpringSavedLeadsOnWhenTheParameterWasLostAndTheSignUpLinkKeepsIt() throws Exception {
        KriyaUser buyer = people.buyer();
        var wanted = mvc.perform(get("/my/business/new")).andExpect(status().is3xxRedirection()).andReturn();
        jakarta.servlet.http.Cookie[] session = wanted.getResponse().getCookies();

        // A wrong password brings the visitor back to a bare /signin: the saved request still knows the way.
        mvc.perform(get("/signin").cookie(session))
                .andExpect(content().string(containsString("href=\"/signup?continue=/my/business/new\"")));
        mvc.perform(post("/signin").cookie(session).with(csrf())
                        .param("email", buyer.email()).param("password", TestPeople.PASSWORD))
                .andExpect(redirectedUrl("http://localhost/my/business/new?continue"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example", "/\\evil.example", "%2F%2Fevil.example",
            "/%5Cevil.example", "/%2F/evil.example"})
    void aPageOffSiteIsIgnoredAndThePersonLandsOnTheirOwnHome(String offSite) throws Exception {
        KriyaUser buyer = people.buyer();
        signIn(buyer, offSite).andExpect(redirectedUrl("/"));
    }

    @Test
    void anOfficerLandsOnTheOfficersHome() throws Exception {
        signIn(people.officerOf("51.04"), null).andExpect(redirectedUrl("/officer"));
    }

    @Test
    void aCuratorLandsOnTheCuratorsDesk() throws Exception {
        KriyaUser curator = people.buyer();
        accounts.grant(curator.id(), Role.CURATOR);
        signIn(curator, null).andExpect(redirectedUrl("/curator"));
    }

    @Test
    void anArtisanLandsOnTheirOwnHome() throws Exception {
        signIn(artisans.verified().user(), null).andExpect(redirectedUrl("/my"));
    }

    @Test
    void aBuyerLandsOnTheHomePage() throws Exception {
        signIn(people.buyer(), null).andExpect(redirectedUrl("/"));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(KriyaUser user, String wanted) throws Exception {
        var request = post("/signin").with(csrf()).param("email", user.email()).param("password", TestPeople.PASSWORD);
        if (wanted != null) {
            request.param("continue", wanted);
        }
        return mvc.perform(request);
    }
}
