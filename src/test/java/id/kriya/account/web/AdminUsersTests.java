package id.kriya.account.web;

import static id.kriya.account.TestAccounts.PASSWORD;
import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import jakarta.servlet.http.Cookie;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.account.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class AdminUsersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement management;

    @Autowired
    ApplicationContext context;

    TestAccounts accounts;
    long adminId;
    KriyaUser admin;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        adminId = accounts.admin(uniqueEmail());
        admin = accounts.principal(adminId);
    }

    @Test
    void nonAdminsAreRefusedEveryAdminPage() throws Exception {
        KriyaUser buyer = accounts.principal(accounts.buyer(uniqueEmail()));
        for (String page : new String[] {"/admin", "/admin/users", "/admin/outbox", "/admin/outbox/1"}) {
            mvc.perform(get(page).with(user(buyer)))
                    .andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/signin?continue=" + page));
        }
        mvc.perform(post("/admin/users/{id}/roles", adminId).with(user(buyer)).with(csrf())
                        .param("role", "CURATOR").param("grant", "true"))
                .andExpect(status().isForbidden());
        assertThat(management.find(adminId).orElseThrow().has(Role.CURATOR)).isFalse();
    }

    @Test
    void adminHomeLinksToEveryAdminArea() throws Exception {
        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(content().string(containsString("href=\"/admin/councils\"")))
                .andExpect(content().string(containsString("href=\"/admin/officers\"")))
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("href=\"/admin/outbox\"")));
    }

    @Test
    void findsPeopleByEmailOrName() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email, "Gusti Ayu Songket");
        String other = uniqueEmail();
        accounts.buyer(other, "Nyoman Perak");

        mvc.perform(get("/admin/users").with(user(admin)).param("q", "ayu songket"))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(not(containsString(other))))
                .andExpect(content().string(not(containsString("Tidak ada pengguna yang cocok."))));
        mvc.perform(get("/admin/users").with(user(admin)).param("q", other.toUpperCase()))
                .andExpect(content().string(containsString("Nyoman Perak")))
                .andExpect(content().string(not(containsString(email))));
        mvc.perform(get("/admin/users").with(user(admin)).param("q", "tidak-ada-orang-seperti-ini"))
                .andExpect(content().string(containsString("Tidak ada pengguna yang cocok.")));
    }

    @Test
    void grantsAndRevokesTheCuratorRole() throws Exception {
        long userId = accounts.buyer(uniqueEmail());

        mvc.perform(post("/admin/users/{id}/roles", userId).with(user(admin)).with(csrf())
                        .param("role", "CURATOR").param("grant", "true"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("flash", "admin.users.role.granted"));
        assertThat(management.find(userId).orElseThrow().roles()).contains(Role.CURATOR, Role.BUYER);

        mvc.perform(post("/admin/users/{id}/roles", userId).with(user(admin)).with(csrf())
                        .param("role", "CURATOR").param("grant", "false"))
                .andExpect(flash().attribute("flash", "admin.users.role.revoked"));
        assertThat(management.find(userId).orElseThrow().roles()).doesNotContain(Role.CURATOR);
    }

    @Test
    void aRevokedAdminLosesTheAdminPagesAtOnce() throws Exception {
        String email = uniqueEmail();
        long otherId = accounts.admin(email);
        Cookie[] session = mvc.perform(formLogin("/signin").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookies();
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/roles", otherId).with(user(admin)).with(csrf())
                        .param("role", "ADMIN").param("grant", "false"))
                .andExpect(flash().attribute("flash", "admin.users.role.revoked"));

        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/signin?continue=/admin"));
        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/signin?continue=/admin/users"));
    }

    @Test
    void aRevokedCuratorIsSignedOutOfEverySession() throws Exception {
        String email = uniqueEmail();
        long curatorId = accounts.buyer(email);
        management.grant(curatorId, Role.CURATOR);
        Cookie[] session = mvc.perform(formLogin("/signin").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookies();

        mvc.perform(post("/admin/users/{id}/roles", curatorId).with(user(admin)).with(csrf())
                        .param("role", "CURATOR").param("grant", "false"))
                .andExpect(flash().attribute("flash", "admin.users.role.revoked"));

        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/signin?continue=/account"));
    }

    @Test
    void anAdminCannotRevokeTheirOwnAdminRole() throws Exception {
        mvc.perform(post("/admin/users/{id}/roles", adminId).with(user(admin)).with(csrf())
                        .param("role", "ADMIN").param("grant", "false"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("flashError", "admin.users.role.ownAdmin"));

        assertThat(management.find(adminId).orElseThrow().has(Role.ADMIN)).isTrue();
    }

    @Test
    void refusesRolesThatAreNotHandedOutHere() throws Exception {
        long userId = accounts.buyer(uniqueEmail());

        mvc.perform(post("/admin/users/{id}/roles", userId).with(user(admin)).with(csrf())
                        .param("role", "OFFICER").param("grant", "true"))
                .andExpect(flash().attribute("flashError", "admin.users.role.invalid"));
        mvc.perform(post("/admin/users/{id}/roles", userId).with(user(admin)).with(csrf())
                        .param("role", "EMPEROR").param("grant", "true"))
                .andExpect(flash().attribute("flashError", "admin.users.role.invalid"));

        assertThat(management.find(userId).orElseThrow().roles()).containsExactly(Role.BUYER);
    }

    @Test
    void refusesARoleChangeWithoutCsrfToken() throws Exception {
        long userId = accounts.buyer(uniqueEmail());

        mvc.perform(post("/admin/users/{id}/roles", userId).with(user(admin))
                        .param("role", "CURATOR").param("grant", "true"))
                .andExpect(status().isForbidden());

        assertThat(management.find(userId).orElseThrow().has(Role.CURATOR)).isFalse();
    }
}
