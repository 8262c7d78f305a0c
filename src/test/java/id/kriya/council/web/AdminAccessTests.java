package id.kriya.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.Role;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilMother;
import id.kriya.council.OfficerView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Only platform admins reach the council and officer administration; every form also needs its CSRF token. */
@KriyaWebTest
class AdminAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilManagement councils;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService users;

    OfficerView officer;

    @BeforeEach
    void setUp() {
        officer = new CouncilMother(councils, accounts, users).officerOf("51.03", "Staf");
    }

    @Test
    void officersAndBuyersAreForbiddenEverywhereAndChangeNothing() throws Exception {
        for (RequestPostProcessor who : List.of(user("petugas").roles("OFFICER"), user("pembeli").roles("BUYER"),
                user("kurator").roles("CURATOR", "ARTISAN"))) {
            for (MockHttpServletRequestBuilder request : requests()) {
                mvc.perform(request.with(who)).andExpect(status().isForbidden());
            }
        }
        assertNothingChanged();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (MockHttpServletRequestBuilder request : requests()) {
            mvc.perform(request).andExpect(result -> org.assertj.core.api.Assertions
                    .assertThat(result.getResponse().getRedirectedUrl())
                    .isEqualTo("GET".equals(result.getRequest().getMethod())
                            ? "/signin?continue=" + result.getRequest().getRequestURI() : "/signin"));
        }
        assertNothingChanged();
    }

    @Test
    void adminFormsWithoutCsrfTokenAreRefused() throws Exception {
        RequestPostProcessor admin = user("admin").roles("ADMIN");
        for (MockHttpServletRequestBuilder request : posts(false)) {
            mvc.perform(request.with(admin)).andExpect(status().isForbidden());
        }
        assertNothingChanged();
    }

    @Test
    void adminSeesEveryPage() throws Exception {
        RequestPostProcessor admin = user("admin").roles("ADMIN");
        for (MockHttpServletRequestBuilder request : gets()) {
            mvc.perform(request.with(admin)).andExpect(status().isOk());
        }
    }

    private void assertNothingChanged() {
        assertThat(councils.find("46")).isEmpty();
        assertThat(councils.find("51.09")).isEmpty();
        assertThat(accounts.findByEmail("penyusup@contoh.id")).isEmpty();
        OfficerView unchanged = councils.officerOf(officer.userId()).orElseThrow();
        assertThat(unchanged.council().code()).isEqualTo("51.03");
        assertThat(unchanged.position()).isEqualTo("Staf");
        assertThat(accounts.find(officer.userId()).orElseThrow().roles()).contains(Role.OFFICER);
    }

    private List<MockHttpServletRequestBuilder> requests() {
        return Stream.concat(gets().stream(), posts(true).stream()).toList();
    }

    private List<MockHttpServletRequestBuilder> gets() {
        return List.of(get("/admin/councils"), get("/admin/councils/new"), get("/admin/officers"),
                get("/admin/officers/new"), get("/admin/officers/{id}", officer.userId()));
    }

    private List<MockHttpServletRequestBuilder> posts(boolean withCsrf) {
        String denpasar = String.valueOf(councils.find("51.71").orElseThrow().id());
        List<MockHttpServletRequestBuilder> posts = List.of(
                post("/admin/councils").param("code", "46").param("name", "Dekranasda Uji").param("areaName", "Uji")
                        .param("areas", "46.01 Kabupaten Uji"),
                post("/admin/councils/areas").param("provinceCode", "51").param("line", "51.09 Kabupaten Baru"),
                post("/admin/officers").param("email", "penyusup@contoh.id").param("displayName", "Penyusup")
                        .param("councilId", denpasar).param("position", "Ketua"),
                post("/admin/officers/{id}", officer.userId()).param("councilId", denpasar).param("position", "Ketua"),
                post("/admin/officers/{id}/dismiss", officer.userId()));
        if (withCsrf) {
            posts.forEach(request -> request.with(csrf()));
        }
        return posts;
    }
}
