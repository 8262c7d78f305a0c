package id.kriya.account.web;

import static id.kriya.account.TestAccounts.PASSWORD;
import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;

import id.kriya.KriyaWebTest;
import id.kriya.account.PasswordLinkIssued;
import jakarta.servlet.http.Cookie;
import id.kriya.account.AccountManagement;
import id.kriya.account.PasswordLinkIssued.Purpose;
import id.kriya.account.TestAccounts;
import id.kriya.notification.OutboxMailView;
import id.kriya.notification.TestOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
@RecordApplicationEvents
class PasswordResetTests {

    @Autowired
    ApplicationEvents events;


    static final String NEW_PASSWORD = "kain-endek-baru-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement management;

    @Autowired
    ApplicationContext context;

    TestAccounts accounts;
    TestOutbox outbox;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        outbox = new TestOutbox(context);
    }

    @Test
    void resetsPasswordThroughTheLinkInTheMailAndTheLinkWorksOnce() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email, "Ni Wayan Sari");

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email.toUpperCase()))
                .andExpect(view().name(PasswordResetController.SENT_VIEW));

        OutboxMailView mail = outbox.awaitMailTo(email);
        assertThat(mail.subject()).isEqualTo("Kata sandi baru untuk akun Kriya Anda");
        assertThat(mail.body()).contains("Halo Ni Wayan Sari", "http://localhost:8080/password/reset?token=", "satu jam");
        String token = TestOutbox.tokenIn(mail);

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(view().name(PasswordResetController.RESET_VIEW))
                .andExpect(model().attribute("purpose", Purpose.RESET_PASSWORD))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Buat kata sandi baru")));

        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(redirectedUrl("/signin?reset"));

        mvc.perform(formLogin("/signin").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated());
        mvc.perform(formLogin("/signin").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated());

        // The same link a second time: spent.
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tautan tidak berlaku lagi")));
        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", "orang-lain-123456").param("passwordAgain", "orang-lain-123456"))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
        mvc.perform(formLogin("/signin").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aResetSignsOutEverySessionOfThePerson() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email);
        Cookie[] stolen = mvc.perform(formLogin("/signin").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookies();

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String token = TestOutbox.tokenIn(outbox.awaitMailTo(email));
        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(redirectedUrl("/signin?reset"));

        mvc.perform(get("/account").cookie(stolen)).andExpect(redirectedUrl("/signin?continue=/account"));
    }

    @Test
    void answersTheSameWhetherTheAddressHasAnAccountOrNot() throws Exception {
        String known = uniqueEmail();
        String unknown = uniqueEmail();
        accounts.buyer(known);

        String forKnown = mvc.perform(post("/password/forgot").with(csrf()).param("email", known))
                .andExpect(view().name(PasswordResetController.SENT_VIEW))
                .andReturn().getResponse().getContentAsString();
        String forUnknown = mvc.perform(post("/password/forgot").with(csrf()).param("email", unknown))
                .andExpect(view().name(PasswordResetController.SENT_VIEW))
                .andReturn().getResponse().getContentAsString();

        assertThat(withoutCsrf(forUnknown)).isEqualTo(withoutCsrf(forKnown));
        outbox.awaitMailTo(known);
        assertThat(outbox.mailsTo(unknown)).isEmpty();
    }

    @Test
    void refusesForgedTokenAndChangesNothing() throws Exception {
        String email = uniqueEmail();
        long userId = accounts.buyer(email);
        String hashBefore = accounts.passwordHashOf(userId);

        mvc.perform(get("/password/reset").param("token", "dipalsukan-" + "A".repeat(32)))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
        mvc.perform(get("/password/reset"))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", "dipalsukan").param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));

        assertThat(accounts.passwordHashOf(userId)).isEqualTo(hashBefore);
    }

    @Test
    void aNewerLinkVoidsTheOlderOne() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email);

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String older = TestOutbox.tokenIn(outbox.awaitMailTo(email, 1));
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String newer = TestOutbox.tokenIn(outbox.awaitMailTo(email, 2));

        assertThat(newer).isNotEqualTo(older);
        mvc.perform(get("/password/reset").param("token", older))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
        mvc.perform(get("/password/reset").param("token", newer))
                .andExpect(view().name(PasswordResetController.RESET_VIEW));
    }

    @Test
    void keepsTheLinkUsableWhenTheNewPasswordIsTooShortOrMistyped() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String token = TestOutbox.tokenIn(outbox.awaitMailTo(email));

        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", "pendek").param("passwordAgain", "pendek"))
                .andExpect(view().name(PasswordResetController.RESET_VIEW))
                .andExpect(model().attributeHasFieldErrors("form", "password"));
        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD + "x"))
                .andExpect(view().name(PasswordResetController.RESET_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordAgain", "account.password.mismatch"));

        String accented = "é".repeat(37);
        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", accented).param("passwordAgain", accented))
                .andExpect(view().name(PasswordResetController.RESET_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "account.password.bytes"));

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(view().name(PasswordResetController.RESET_VIEW));
    }

    @Test
    void invitedPersonChoosesAPasswordFromTheWelcomeMailInTheirLanguage() throws Exception {
        String email = uniqueEmail();
        management.invite(email, "Made Officer", Locale.ENGLISH);

        OutboxMailView mail = outbox.awaitMailTo(email);
        assertThat(mail.subject()).isEqualTo("Welcome to Kriya: choose your password");
        assertThat(mail.body()).contains("Hello Made Officer", "seven days");
        assertThat(mail.language()).isEqualTo("en");
        String token = TestOutbox.tokenIn(mail);

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(model().attribute("purpose", Purpose.SET_PASSWORD))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Saya telah membaca dan menyetujui pemberitahuan privasi Kriya")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/privacy\"")));
        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/signin?reset"));

        mvc.perform(formLogin("/signin").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated());
        var account = management.findByEmail(email).orElseThrow();
        assertThat(account.privacyVersion()).isEqualTo(AccountManagement.PRIVACY_VERSION);
        assertThat(account.consentedAt()).isNotNull();
    }

    @Test
    void invitedPersonCannotChooseAPasswordWithoutConsentingToThePrivacyNotice() throws Exception {
        String email = uniqueEmail();
        management.invite(email, "Ketut Officer", Locale.forLanguageTag("id"));
        String token = TestOutbox.tokenIn(outbox.awaitMailTo(email));

        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(view().name(PasswordResetController.RESET_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "consent", "password.reset.consent.required"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Anda perlu menyetujui pemberitahuan privasi untuk memakai akun ini.")));

        mvc.perform(formLogin("/signin").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(unauthenticated());
        assertThat(management.findByEmail(email).orElseThrow().consentedAt()).isNull();
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(view().name(PasswordResetController.RESET_VIEW));
    }

    @Test
    void aResetNeedsNoNewConsentAndDoesNotAskForIt() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email);
        var consentedAtSignUp = management.findByEmail(email).orElseThrow().consentedAt();
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String token = TestOutbox.tokenIn(outbox.awaitMailTo(email));

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "pemberitahuan privasi"))));
        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", NEW_PASSWORD).param("passwordAgain", NEW_PASSWORD))
                .andExpect(redirectedUrl("/signin?reset"));

        assertThat(management.findByEmail(email).orElseThrow().consentedAt()).isEqualTo(consentedAtSignUp);
    }

    @Test
    void refusesForgotPasswordWithoutCsrfToken() throws Exception {
        String email = uniqueEmail();
        accounts.buyer(email);

        mvc.perform(post("/password/forgot").param("email", email))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        // A link is issued inside the request, so had one been issued, its event would already be recorded.
        assertThat(events.stream(PasswordLinkIssued.class).filter(link -> link.email().equals(email))).isEmpty();

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        assertThat(events.stream(PasswordLinkIssued.class).filter(link -> link.email().equals(email))).hasSize(1);
        outbox.awaitMailTo(email);
        assertThat(outbox.mailsTo(email)).hasSize(1);
    }

    static String withoutCsrf(String page) {
        return page.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
