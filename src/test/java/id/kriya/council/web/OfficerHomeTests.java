package id.kriya.council.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilMother;
import id.kriya.council.OfficerView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class OfficerHomeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilManagement councils;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService users;

    CouncilMother mother;

    @BeforeEach
    void setUp() {
        mother = new CouncilMother(councils, accounts, users);
    }

    @Test
    void provinceOfficerSeesEveryRegencyAndCity() throws Exception {
        OfficerView officer = mother.officerOf("51", "Ketua");

        mvc.perform(get("/officer").with(user(mother.signedIn(officer.userId()))))
                .andExpect(status().isOk())
                .andExpect(view().name(OfficerHomeController.VIEW))
                .andExpect(content().string(allOf(
                        containsString("Dekranasda Provinsi Bali"),
                        containsString("Ketua"),
                        containsString("semua kabupaten dan kota di Bali"),
                        containsString("51.01 Jembrana"),
                        containsString("51.04 Gianyar"),
                        containsString("51.71 Kota Denpasar"),
                        containsString("/officer/members"))));
    }

    @Test
    void gianyarOfficerSeesOnlyGianyar() throws Exception {
        OfficerView officer = mother.officerOf("51.04", "Staf Pembinaan");

        mvc.perform(get("/officer").with(user(mother.signedIn(officer.userId()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Dekranasda Kabupaten Gianyar"),
                        containsString("51.04 Gianyar"),
                        not(containsString("51.05 Klungkung")),
                        not(containsString("51.71 Kota Denpasar")))));
    }

    @Test
    void dismissedOfficerStillSignedInIsTurnedAway() throws Exception {
        OfficerView officer = mother.officerOf("51.04", "Staf");
        KriyaUser stillSignedIn = mother.signedIn(officer.userId());
        councils.dismiss(officer.userId());

        mvc.perform(get("/officer").with(user(stillSignedIn)))
                .andExpect(status().isForbidden());
    }

    @Test
    void buyersAndAnonymousVisitorsCannotOpenIt() throws Exception {
        mvc.perform(get("/officer").with(user(mother.signedIn(mother.person("Pembeli"))))).andExpect(status().isForbidden());
        mvc.perform(get("/officer")).andExpect(redirectedUrl("/signin?continue=/officer"));
    }
}
