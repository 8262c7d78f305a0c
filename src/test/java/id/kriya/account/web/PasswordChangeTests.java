package id.kriya.account.web;

import static id.kriya.account.TestAccounts.PASSWORD;
import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
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
import id.kriya.account.KriyaUser;
import id.kriya.account.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class PasswordChangeTests {

    static final String NEW_PASSWORD = "perak-celuk-925-baru";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestAccounts accounts;
    String email;
    long userId;
    KriyaUser me;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        email = uniqueEmail();
        userId = accounts.buyer(email);
        me = accounts.principal(userId);
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("flash", "account.password.changed"));

        mvc.perform(formLogin("/signin").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void signsOutOtherDevicesButNotTheOneMakingTheChange() throws Exception {
        Cookie[] phone = signIn(PASSWORD);
        Cookie[] laptop = signIn(PASSWORD);

        mvc.perform(post("/account/password").cookie(phone).with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").cookie(phone)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(laptop)).andExpect(redirectedUrl("/signin?continue=/account"));
    }

    @Test
    void wrongCurrentPasswordChangesNothing() throws Exception {
        String before = accounts.passwordHashOf(userId);

        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("currentPassword", "bukan-kata-sandi-saya")
                        .param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(view().name(PasswordController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "account.password.wrong"))
                .andExpect(content().string(containsString("Kata sandi saat ini salah.")));

        assertThat(accounts.passwordHashOf(userId)).isEqualTo(before);
    }

    @Test
    void showsFieldErrorsForShortAndMismatchedPasswords() throws Exception {
        String before = accounts.passwordHashOf(userId);

        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("currentPassword", "")
                        .param("password", "pendek").param("passwordAgain", "lain"))
                .andExpect(view().name(PasswordController.VIEW))
                .andExpect(model().attributeHasFieldErrors("form", "currentPassword", "password", "passwordAgain"))
                .andExpect(content().string(containsString("Kata sandi harus 10 sampai 72 karakter.")));

        assertThat(accounts.passwordHashOf(userId)).isEqualTo(before);
    }

    @Test
    void refusesANewPasswordTooLongInBytesAndKeepsTheOldOne() throws Exception {
        String before = accounts.passwordHashOf(userId);
        String withEmoji = "🌺".repeat(19);

        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("password", withEmoji).param("passwordAgain", withEmoji))
                .andExpect(view().name(PasswordController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "account.password.bytes"))
                .andExpect(content().string(containsString("Kata sandi terlalu panjang")));

        assertThat(accounts.passwordHashOf(userId)).isEqualTo(before);
    }

    @Test
    void refusesAChangeWithoutCsrfToken() throws Exception {
        String before = accounts.passwordHashOf(userId);

        mvc.perform(post("/account/password").with(user(me))
                        .param("currentPassword", PASSWORD)
                        .param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(status().isForbidden());

        assertThat(accounts.passwordHashOf(userId)).isEqualTo(before);
    }

    @Test
    void asksStrangersToSignInFirst() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/signin?continue=/account/password"));
    }

    @Test
    void accountPageLinksToPasswordAndPersonalData() throws Exception {
        mvc.perform(get("/account").with(user(me)))
                .andExpect(content().string(containsString("href=\"/account/password\"")))
                .andExpect(content().string(containsString("href=\"/account/data\"")));
    }

    private Cookie[] signIn(String password) throws Exception {
        return mvc.perform(formLogin("/signin").userParameter("email").user(email).password(password))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookies();
    }
}
