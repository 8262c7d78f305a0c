package id.kriya.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import id.kriya.notification.TestOutbox;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class SignUpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApplicationContext context;

    @Test
    void createsABuyerWithConsentWhoConfirmsTheAddressByTheMailedLinkAndIsSignedIn() throws Exception {
        String email = unique();
        signUp(email, "/my/business/new")
                .andExpect(redirectedUrl("/signup/sent"))
                .andExpect(flash().attribute("sentTo", email));

        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.BUYER);
        assertThat(account.consentedAt()).isNotNull();
        assertThat(account.privacyVersion()).isEqualTo(AccountManagement.PRIVACY_VERSION);

        var mail = new TestOutbox(context).awaitMailTo(email, "signUpConfirm");
        assertThat(mail.body()).contains("/signup/confirm?token=").contains("continue=/my/business/new");
        String token = TestOutbox.tokenIn(mail);

        mvc.perform(get("/signup/confirm").param("token", token).param("continue", "/my/business/new"))
                .andExpect(view().name(SignUpController.CONFIRM_VIEW))
                .andExpect(content().string(containsString("Buka akun saya")));
        MvcResult confirmed = mvc.perform(post("/signup/confirm").with(csrf())
                        .param("token", token).param("continue", "/my/business/new"))
                .andExpect(redirectedUrl("/my/business/new"))
                .andReturn();
        mvc.perform(get("/my/business/new").cookie(confirmed.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + email + "\"")));

        // Spent: the link opens the account once.
        mvc.perform(post("/signup/confirm").with(csrf()).param("token", token))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
        // Confirmed: the password now signs in.
        mvc.perform(post("/signin").with(csrf()).param("email", email).param("password", "sangat-rahasia-123"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSignUpNotYetConfirmedCannotSignInWithThePasswordSoTryingItRevealsNothing() throws Exception {
        String email = unique();
        signUp(email, null).andExpect(redirectedUrl("/signup/sent"));

        mvc.perform(post("/signin").with(csrf()).param("email", email).param("password", "sangat-rahasia-123"))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(unauthenticated());
    }

    @Test
    void anAddressWithAnAccountIsAnsweredExactlyLikeANewOneAndItsOwnerIsTold() throws Exception {
        String taken = unique();
        accounts.register(new AccountManagement.NewAccount(taken, "Made", "kata-sandi-lama-123", Locale.ROOT));
        String fresh = unique();

        MvcResult forTaken = signUp(taken.toUpperCase(Locale.ROOT), "/my/business/new").andReturn();
        MvcResult forFresh = signUp(fresh.toUpperCase(Locale.ROOT), "/my/business/new").andReturn();

        assertThat(forTaken.getResponse().getStatus()).isEqualTo(forFresh.getResponse().getStatus()).isEqualTo(302);
        assertThat(forTaken.getResponse().getRedirectedUrl()).isEqualTo(forFresh.getResponse().getRedirectedUrl())
                .isEqualTo("/signup/sent");
        assertThat(forTaken.getFlashMap().keySet()).isEqualTo(forFresh.getFlashMap().keySet());
        assertThat(forTaken.getResponse().getCookies()).extracting("name")
                .isEqualTo(java.util.Arrays.stream(forFresh.getResponse().getCookies()).map(c -> c.getName()).toList());
        String takenPage = sentPage(forTaken).replace(taken.toUpperCase(Locale.ROOT), "ADDRESS");
        String freshPage = sentPage(forFresh).replace(fresh.toUpperCase(Locale.ROOT), "ADDRESS");
        assertThat(takenPage).isEqualTo(freshPage).contains("Periksa e-mail Anda");

        // Nobody was signed in, the existing account is unchanged, no second account appeared.
        for (MvcResult answer : java.util.List.of(forTaken, forFresh)) {
            var check = get("/account");
            if (answer.getResponse().getCookies().length > 0) {
                check.cookie(answer.getResponse().getCookies());
            }
            mvc.perform(check).andExpect(redirectedUrl("/signin?continue=/account"));
        }
        mvc.perform(post("/signin").with(csrf()).param("email", taken).param("password", "kata-sandi-lama-123"))
                .andExpect(redirectedUrl("/"));
        assertThat(accounts.findByEmail(taken).orElseThrow().displayName()).isEqualTo("Made");

        var warning = new TestOutbox(context).awaitMailTo(taken, "signUpExisting");
        assertThat(warning.body()).contains("/signin").contains("/password/forgot").doesNotContain("token=");
        assertThat(new TestOutbox(context).mailsTo(taken)).extracting("template").doesNotContain("signUpConfirm");
    }

    @Test
    void aPageOffSiteIsNotCarriedIntoTheMailedLink() throws Exception {
        String email = unique();
        signUp(email, "https://evil.example/").andExpect(redirectedUrl("/signup/sent"));

        var mail = new TestOutbox(context).awaitMailTo(email, "signUpConfirm");
        assertThat(mail.body()).doesNotContain("evil").doesNotContain("continue=");
        mvc.perform(post("/signup/confirm").with(csrf()).param("token", TestOutbox.tokenIn(mail))
                        .param("continue", "//evil.example"))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void theSignUpFormCarriesThePageWantedAndDropsOneOffSite() throws Exception {
        mvc.perform(get("/signup").param("continue", "/my/business/new"))
                .andExpect(content().string(containsString("name=\"continue\" value=\"/my/business/new\"")));
        mvc.perform(get("/signup").param("continue", "/\\evil.example"))
                .andExpect(content().string(not(containsString("evil.example"))));
    }

    @Test
    void aPasswordLinkCannotBeUsedAsASignUpConfirmationNorTheOtherWayRound() throws Exception {
        String email = unique();
        signUp(email, null);
        String token = TestOutbox.tokenIn(new TestOutbox(context).awaitMailTo(email, "signUpConfirm"));

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
        mvc.perform(get("/signup/confirm").param("token", "nonsense"))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
    }

    private org.springframework.test.web.servlet.ResultActions signUp(String email, String wanted) throws Exception {
        var request = post("/signup").with(csrf())
                .param("displayName", "Ni Luh Putu")
                .param("email", email)
                .param("password", "sangat-rahasia-123")
                .param("passwordAgain", "sangat-rahasia-123")
                .param("consent", "true");
        if (wanted != null) {
            request.param("continue", wanted);
        }
        return mvc.perform(request);
    }

    private String sentPage(MvcResult result) throws Exception {
        return mvc.perform(get("/signup/sent").flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()
                .replaceAll("name=\"_csrf\" (value|content)=\"[^\"]*\"", "");
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
