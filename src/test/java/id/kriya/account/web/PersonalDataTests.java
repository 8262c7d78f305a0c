package id.kriya.account.web;

import static id.kriya.account.TestAccounts.PASSWORD;
import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountDeleted;
import id.kriya.account.AccountManagement;
import id.kriya.account.TestAccounts;
import id.kriya.notification.TestOutbox;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@KriyaWebTest
@RecordApplicationEvents
class PersonalDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement management;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Value("${kriya.admin.email}")
    String adminEmail;

    @Value("${kriya.admin.password}")
    String adminPassword;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
    }

    @Test
    void exportHoldsTheAccountAndNobodyElsesData() throws Exception {
        String email = uniqueEmail();
        long userId = accounts.buyer(email, "Ni Ketut Endek");
        String someoneElse = uniqueEmail();
        accounts.buyer(someoneElse, "Wayan Lain");

        String body = mvc.perform(get("/account/data/export").with(user(accounts.principal(userId))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"kriya-data-")))
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andReturn().getResponse().getContentAsString();

        JsonNode export = json.readTree(body);
        assertThat(export.path("account").path("email").asString()).isEqualTo(email);
        assertThat(export.path("account").path("displayName").asString()).isEqualTo("Ni Ketut Endek");
        assertThat(export.path("account").path("roles").toString()).contains("BUYER");
        assertThat(export.path("account").path("consentedAt").isMissingNode()).isFalse();
        assertThat(export.has("mails")).isTrue();
        assertThat(body).doesNotContain(someoneElse, "Wayan Lain", "passwordHash", "{bcrypt}");
    }

    @Test
    void deletionAnonymisesEndsEverySessionAndTheAccountCannotSignInAgain() throws Exception {
        String email = uniqueEmail();
        long userId = accounts.buyer(email, "Komang Hapus");
        Cookie[] phone = signIn(email);
        Cookie[] laptop = signIn(email);
        mvc.perform(get("/account").cookie(laptop)).andExpect(content().string(containsString("Komang Hapus")));

        mvc.perform(post("/account/data/delete").cookie(phone).with(csrf()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(unauthenticated());

        mvc.perform(get("/account").cookie(phone)).andExpect(redirectedUrl("/signin?continue=/account"));
        mvc.perform(get("/account").cookie(laptop)).andExpect(redirectedUrl("/signin?continue=/account"));
        assertThat(management.find(userId)).isEmpty();
        assertThat(management.findByEmail(email)).isEmpty();
        assertThat(accounts.passwordHashOf(userId)).isNull();
        assertThat(events.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(userId));
        mvc.perform(formLogin("/signin").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void deletionErasesTheMailsWrittenToThePerson() throws Exception {
        String email = uniqueEmail();
        long userId = accounts.buyer(email);
        TestOutbox outbox = new TestOutbox(context);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        long mailId = outbox.awaitMailTo(email).id();

        mvc.perform(post("/account/data/delete").with(user(accounts.principal(userId))).with(csrf())
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));

        long deadline = System.currentTimeMillis() + 10_000;
        while (outbox.find(mailId).orElseThrow().recipient().equals(email) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(outbox.find(mailId).orElseThrow().recipient()).doesNotContain(email);
        assertThat(outbox.find(mailId).orElseThrow().body()).doesNotContain("token=");
    }

    @Test
    void wrongPasswordDeletesNothing() throws Exception {
        String email = uniqueEmail();
        long userId = accounts.buyer(email);

        mvc.perform(post("/account/data/delete").with(user(accounts.principal(userId))).with(csrf())
                        .param("password", "bukan-kata-sandi"))
                .andExpect(view().name(PersonalDataController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "account.password.wrong"));

        assertThat(management.find(userId)).isPresent();
        assertThat(events.stream(AccountDeleted.class)).isEmpty();
    }

    @Test
    void theLastAdminCannotDeleteTheirAccount() throws Exception {
        long adminId = management.findByEmail(adminEmail).orElseThrow().id();
        accounts.makeOnlyAdmin(adminId);

        mvc.perform(post("/account/data/delete").with(user(accounts.principal(adminId))).with(csrf())
                        .param("password", adminPassword))
                .andExpect(view().name(PersonalDataController.VIEW))
                .andExpect(content().string(containsString("Anda admin terakhir Kriya")));

        assertThat(management.find(adminId)).isPresent();
        mvc.perform(formLogin("/signin").userParameter("email").user(adminEmail).password(adminPassword))
                .andExpect(authenticated());
    }

    @Test
    void refusesDeletionWithoutCsrfToken() throws Exception {
        long userId = accounts.buyer(uniqueEmail());

        mvc.perform(post("/account/data/delete").with(user(accounts.principal(userId))).param("password", PASSWORD))
                .andExpect(status().isForbidden());

        assertThat(management.find(userId)).isPresent();
    }

    private Cookie[] signIn(String email) throws Exception {
        return mvc.perform(formLogin("/signin").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookies();
    }
}
