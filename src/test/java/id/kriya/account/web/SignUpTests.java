package id.kriya.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class SignUpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Test
    void createsBuyerWithConsentAndSignsIn() throws Exception {
        String email = unique();
        mvc.perform(post("/signup").with(csrf())
                        .param("displayName", "Ni Luh Putu")
                        .param("email", email)
                        .param("password", "sangat-rahasia-123")
                        .param("passwordAgain", "sangat-rahasia-123")
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/account"));

        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.BUYER);
        assertThat(account.consentedAt()).isNotNull();
        assertThat(account.privacyVersion()).isEqualTo(AccountManagement.PRIVACY_VERSION);
    }

    @Test
    void refusesSignUpWithoutConsentAndCreatesNothing() throws Exception {
        String email = unique();
        mvc.perform(post("/signup").with(csrf())
                        .param("displayName", "Wayan")
                        .param("email", email)
                        .param("password", "sangat-rahasia-123")
                        .param("passwordAgain", "sangat-rahasia-123"))
                .andExpect(view().name(SignUpController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "consent", "AssertTrue"));

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesMalformedEmailShortPasswordAndMismatch() throws Exception {
        mvc.perform(post("/signup").with(csrf())
                        .param("displayName", "")
                        .param("email", "bukan-email")
                        .param("password", "pendek")
                        .param("passwordAgain", "lain")
                        .param("consent", "true"))
                .andExpect(view().name(SignUpController.VIEW))
                .andExpect(model().attributeHasFieldErrors("form", "displayName", "email", "password", "passwordAgain"));
    }

    @Test
    void refusesAPasswordOfFewCharactersButTooManyBytesAndCreatesNothing() throws Exception {
        String email = unique();
        String accented = "é".repeat(40) + "🌺";
        mvc.perform(post("/signup").with(csrf())
                        .param("displayName", "Komang")
                        .param("email", email)
                        .param("password", accented)
                        .param("passwordAgain", accented)
                        .param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name(SignUpController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "account.password.bytes"))
                .andExpect(content().string(containsString("Kata sandi terlalu panjang")));

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesDuplicateEmailWhateverItsCase() throws Exception {
        String email = unique();
        accounts.register(new AccountManagement.NewAccount(email, "Made", "sangat-rahasia-123", Locale.ROOT));

        mvc.perform(post("/signup").with(csrf())
                        .param("displayName", "Made Lain")
                        .param("email", email.toUpperCase())
                        .param("password", "sangat-rahasia-123")
                        .param("passwordAgain", "sangat-rahasia-123")
                        .param("consent", "true"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"));
    }

    @Test
    void refusesSignUpWithoutCsrfToken() throws Exception {
        String email = unique();
        mvc.perform(post("/signup")
                        .param("displayName", "Ketut")
                        .param("email", email)
                        .param("password", "sangat-rahasia-123")
                        .param("passwordAgain", "sangat-rahasia-123")
                        .param("consent", "true"))
                .andExpect(status().isForbidden());

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    static String unique() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }
}
