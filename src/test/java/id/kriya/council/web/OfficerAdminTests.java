package id.kriya.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kriya.KriyaWebTest;
import jakarta.servlet.http.Cookie;
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
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@KriyaWebTest
class OfficerAdminTests {

    static final RequestPostProcessor ADMIN = user("admin@kriya.local").roles("ADMIN");

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
    void appointsANewPersonAndListsThemWithCouncilAndPosition() throws Exception {
        String email = CouncilMother.uniqueEmail();

        mvc.perform(appointment(email, "Ni Made Sari", id("51.04"), "Staf Pembinaan"))
                .andExpect(redirectedUrl("/admin/officers"))
                .andExpect(flash().attribute("flash", "council.appoint.done"));

        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.roles()).contains(Role.OFFICER);
        assertThat(councils.officerOf(account.id()).orElseThrow().council().code()).isEqualTo("51.04");
        mvc.perform(get("/admin/officers").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ni Made Sari"), containsString(email),
                        containsString("Dekranasda Kabupaten Gianyar"), containsString("Staf Pembinaan"))));
    }

    @Test
    void appointsSomeoneWhoHasAnAccountAlready() throws Exception {
        long userId = mother.person("Wayan Buyer");
        String email = accounts.find(userId).orElseThrow().email();

        mvc.perform(appointment(email, "Nama Lain", id("51"), "Ketua"))
                .andExpect(redirectedUrl("/admin/officers"));

        OfficerView officer = councils.officerOf(userId).orElseThrow();
        assertThat(officer.displayName()).isEqualTo("Wayan Buyer");
        assertThat(accounts.find(userId).orElseThrow().roles()).contains(Role.BUYER, Role.OFFICER);
    }

    @Test
    void refusesToAppointAnOfficerTwiceAndSaysWhere() throws Exception {
        OfficerView officer = mother.officerOf("51.06", "Ketua");

        mvc.perform(appointment(officer.email(), "Lagi", id("51.07"), "Staf"))
                .andExpect(view().name(OfficerAdminController.APPOINT_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "council.officer.already"))
                .andExpect(content().string(containsString("sudah menjadi petugas Dekranasda Kabupaten Bangli")));

        OfficerView unchanged = councils.officerOf(officer.userId()).orElseThrow();
        assertThat(unchanged.council().code()).isEqualTo("51.06");
        assertThat(unchanged.position()).isEqualTo("Ketua");
    }

    @Test
    void refusesForgedOrMissingCouncilAndCreatesNoAccount() throws Exception {
        String email = CouncilMother.uniqueEmail();

        mvc.perform(appointment(email, "Siapa", "987654321", "Ketua"))
                .andExpect(view().name(OfficerAdminController.APPOINT_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "councilId", "council.officer.council.unknown"))
                .andExpect(content().string(containsString("Pilih salah satu Dekranasda dari daftar.")));
        mvc.perform(appointment(email, "Siapa", "bukan-angka", "Ketua"))
                .andExpect(model().attributeHasFieldErrorCode("form", "councilId", "typeMismatch"));
        mvc.perform(appointment(email, "Siapa", "", "Ketua"))
                .andExpect(model().attributeHasFieldErrorCode("form", "councilId", "NotNull"));

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesEmptyMalformedAndOverlongFields() throws Exception {
        mvc.perform(appointment("", "", id("51"), ""))
                // An empty address breaks @Email too; which of the two comes first is not specified.
                .andExpect(result -> assertThat(((BindingResult) result.getModelAndView().getModel()
                        .get(BindingResult.MODEL_KEY_PREFIX + "form")).getFieldErrors("email"))
                        .extracting(FieldError::getCode).contains("NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "position", "NotBlank"))
                .andExpect(content().string(containsString("Wajib diisi.")));

        // Well formed, so that only its length is wrong: 60 + 1 + 244 + 9 characters.
        String email = "a".repeat(60) + "@" + ("d".repeat(60) + ".").repeat(4) + "contoh.id";
        mvc.perform(appointment(email, "N".repeat(101), id("51"), "P".repeat(81)))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "position", "Size"))
                .andExpect(content().string(allOf(containsString("Paling banyak 100 karakter."),
                        containsString("Paling banyak 80 karakter."))));
        mvc.perform(appointment("bukan-email", "Siapa", id("51"), "Ketua"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"));

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void movesAnOfficerToAnotherCouncil() throws Exception {
        OfficerView officer = mother.officerOf("51.08", "Staf");

        mvc.perform(get("/admin/officers/{id}", officer.userId()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dekranasda Kabupaten Buleleng")));
        mvc.perform(post("/admin/officers/{id}", officer.userId()).with(ADMIN).with(csrf())
                        .param("councilId", id("51.71")).param("position", "Ketua"))
                .andExpect(redirectedUrl("/admin/officers"))
                .andExpect(flash().attribute("flash", "council.move.done"));

        OfficerView moved = councils.officerOf(officer.userId()).orElseThrow();
        assertThat(moved.council().code()).isEqualTo("51.71");
        assertThat(moved.position()).isEqualTo("Ketua");
    }

    @Test
    void refusesAMoveToAForgedCouncilAndChangesNothing() throws Exception {
        OfficerView officer = mother.officerOf("51.08", "Staf");

        mvc.perform(post("/admin/officers/{id}", officer.userId()).with(ADMIN).with(csrf())
                        .param("councilId", "987654321").param("position", "Ketua"))
                .andExpect(view().name(OfficerAdminController.OFFICER_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "councilId", "council.officer.council.unknown"));

        OfficerView unchanged = councils.officerOf(officer.userId()).orElseThrow();
        assertThat(unchanged.council().code()).isEqualTo("51.08");
        assertThat(unchanged.position()).isEqualTo("Staf");
    }

    @Test
    void dismissesAnOfficerAndRevokesTheRole() throws Exception {
        OfficerView officer = mother.officerOf("51.01", "Staf");

        mvc.perform(post("/admin/officers/{id}/dismiss", officer.userId()).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/officers"))
                .andExpect(flash().attribute("flash", "council.dismiss.done"));

        assertThat(councils.officerOf(officer.userId())).isEmpty();
        assertThat(accounts.find(officer.userId()).orElseThrow().roles()).doesNotContain(Role.OFFICER);
    }

    @Test
    void aDismissedOfficerIsSignedOutAtOnce() throws Exception {
        OfficerView officer = mother.officerOf("51.02", "Staf");
        Cookie[] session = mvc.perform(formLogin("/signin").userParameter("email").user(officer.email())
                        .password("sangat-rahasia-123"))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookies();
        mvc.perform(get("/officer").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/officers/{id}/dismiss", officer.userId()).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/officers"));

        mvc.perform(get("/officer").cookie(session)).andExpect(redirectedUrl("/signin?continue=/officer"));
    }

    @Test
    void answersNotFoundForSomeoneWhoIsNoOfficer() throws Exception {
        long buyer = mother.person("Bukan Petugas");

        mvc.perform(get("/admin/officers/{id}", buyer).with(ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/officers/{id}", buyer).with(ADMIN).with(csrf())
                        .param("councilId", id("51")).param("position", "Ketua"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/officers/{id}/dismiss", 987654321L).with(ADMIN).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/officers/bukan-angka").with(ADMIN))
                .andExpect(status().isBadRequest());

        assertThat(councils.officerOf(buyer)).isEmpty();
    }

    private String id(String code) {
        return String.valueOf(councils.find(code).orElseThrow().id());
    }

    private static MockHttpServletRequestBuilder appointment(String email, String name, String councilId,
                                                             String position) {
        return post("/admin/officers").with(ADMIN).with(csrf())
                .param("email", email).param("displayName", name).param("councilId", councilId)
                .param("position", position);
    }
}
