package id.kriya.account.web;

import static id.kriya.account.TestAccounts.PASSWORD;
import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.account.AccountManagement;
import id.kriya.account.TestAccounts;
import id.kriya.account.signin.SignInAttempts;
import id.kriya.notification.TestOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Wrong passwords slow a person down, then lock the account; time is moved with {@link MutableClock}. */
@KriyaWebTest
@Import(MutableClock.Configuration.class)
class SignInThrottlingTests {

    static final String WRONG = "salah-salah-salah";
    static final String FAILED = "E-mail atau kata sandi salah.";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    AccountManagement management;

    TestAccounts accounts;
    String email;
    String client;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        email = uniqueEmail();
        client = TestAccounts.uniqueClientAddress();
        accounts.buyer(email);
    }

    @Test
    void asksToWaitAfterThreeWrongPasswordsAndLocksAfterSix() throws Exception {
        assertThat(signInPage(WRONG)).contains(FAILED);
        assertThat(signInPage(WRONG)).contains(FAILED);
        assertThat(signInPage(WRONG)).contains("Tunggu 15 detik lalu coba lagi");

        clock.advance(Duration.ofSeconds(15));
        assertThat(signInPage(WRONG)).contains("Tunggu 30 detik");
        clock.advance(Duration.ofSeconds(30));
        assertThat(signInPage(WRONG)).contains("Tunggu 60 detik");
        clock.advance(Duration.ofSeconds(60));
        assertThat(signInPage(WRONG)).contains("Coba lagi dalam 15 menit");
    }

    @Test
    void refusesTheRightPasswordWhileLockedAndForgetsTheFailuresAfterSuccess() throws Exception {
        lockOut();

        signIn(PASSWORD).andExpect(unauthenticated());
        assertThat(signInPage(PASSWORD)).contains("Akun dikunci sementara");

        clock.advance(Duration.ofMinutes(16));
        signIn(PASSWORD).andExpect(authenticated());

        // Counting starts again from zero: one wrong password is just wrong, no waiting.
        assertThat(signInPage(WRONG)).contains(FAILED).doesNotContain("Tunggu");
    }

    @Test
    void aPasswordResetLiftsTheLock() throws Exception {
        lockOut();
        TestOutbox outbox = new TestOutbox(context);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String token = TestOutbox.tokenIn(outbox.awaitMailTo(email));

        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", "baru-dan-panjang-1").param("passwordAgain", "baru-dan-panjang-1"))
                .andExpect(redirectedUrl("/signin?reset"));

        signIn("baru-dan-panjang-1").andExpect(authenticated());
    }

    @Test
    void refusesAResetLinkOlderThanAnHour() throws Exception {
        TestOutbox outbox = new TestOutbox(context);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String token = TestOutbox.tokenIn(outbox.awaitMailTo(email));

        clock.advance(Duration.ofMinutes(61));

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
        mvc.perform(post("/password/reset").with(csrf())
                        .param("token", token).param("password", "baru-dan-panjang-1").param("passwordAgain", "baru-dan-panjang-1"))
                .andExpect(view().name(PasswordResetController.INVALID_VIEW));
        signIn(PASSWORD).andExpect(authenticated());
    }

    @Test
    void aPasswordTooLongForBcryptIsJustAWrongPassword() throws Exception {
        assertThat(signInPage("é".repeat(60))).contains(FAILED);
        assertThat(signInPage("🌺".repeat(20) + PASSWORD)).contains(FAILED);
        signIn(PASSWORD).andExpect(authenticated());
    }

    @Test
    void anAddressWithoutAnAccountIsAnsweredWordForWordAsOneWithAnAccount() throws Exception {
        String unknown = uniqueEmail();
        String otherClient = TestAccounts.uniqueClientAddress();
        for (int attempt = 1; attempt <= 4; attempt++) {
            String known = errorOn(signInPage(email, WRONG, client));
            assertThat(errorOn(signInPage(unknown, WRONG, otherClient))).isEqualTo(known);
            clock.advance(Duration.ofSeconds(61));
        }
        // Before the fix an address without an account never had to wait: that told it apart.
        assertThat(errorOn(signInPage(unknown, WRONG, otherClient))).contains("Tunggu 60 detik");
        assertThat(attempts.waitFor(unknown, null)).isPresent();
        assertThat(management.findByEmail(unknown)).isEmpty();
        // The e-mail is counted however it is typed.
        assertThat(errorOn(signInPage(" " + unknown.toUpperCase(java.util.Locale.ROOT), WRONG, otherClient)))
                .contains("Tunggu");
    }

    @Test
    void anInvitedPersonWithoutAPasswordYetReadsWhatAnyAddressReads() throws Exception {
        String invited = uniqueEmail();
        management.invite(invited, "Kadek Undangan", java.util.Locale.forLanguageTag("id"));
        assertThat(errorOn(signInPage(invited, WRONG, client))).isEqualTo(FAILED);
        assertThat(errorOn(signInPage(invited, WRONG, client))).isEqualTo(FAILED);
        assertThat(errorOn(signInPage(invited, WRONG, client))).contains("Tunggu 15 detik");
    }

    @Test
    void aClientTryingAddressAfterAddressIsSlowedDownWhileOthersAreNot() throws Exception {
        for (int attempt = 1; attempt < 20; attempt++) {
            assertThat(errorOn(signInPage(uniqueEmail(), WRONG, client))).isEqualTo(FAILED);
        }
        assertThat(errorOn(signInPage(uniqueEmail(), WRONG, client)))
                .isEqualTo("Terlalu banyak percobaan masuk yang salah dari jaringan ini. Coba lagi dalam 1 menit.");

        // The right password from that client waits too, unchecked; from elsewhere it works.
        signIn(PASSWORD, client).andExpect(unauthenticated());
        signIn(PASSWORD, TestAccounts.uniqueClientAddress()).andExpect(authenticated());

        clock.advance(Duration.ofSeconds(16));
        signIn(PASSWORD, client).andExpect(authenticated());
    }

    @Test
    void aForwardedForHeaderDoesNotMakeOneClientMany() throws Exception {
        // MockMvc has no proxy in front: the header is the visitor's own, and must not be believed. (Behind a
        // configured proxy Tomcat turns it into the remote address before Kriya sees the request.)
        for (int attempt = 1; attempt < 20; attempt++) {
            String forged = TestAccounts.uniqueClientAddress();
            mvc.perform(TestAccounts.signInFrom(client, uniqueEmail(), WRONG).header("X-Forwarded-For", forged));
        }
        assertThat(errorOn(signInPage(uniqueEmail(), WRONG, client))).contains("dari jaringan ini");
    }

    @Test
    void explainsTheWaitInEnglishToo() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            signInPage(email, WRONG, client);
        }
        MvcResult result = mvc.perform(TestAccounts.signInFrom(client, email, WRONG)).andReturn();
        String page = mvc.perform(get("/signin").param("lang", "en").cookie(result.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString();
        assertThat(errorOn(page)).isEqualTo("Too many wrong attempts. Wait 15 seconds and try again.");
    }

    /** The error the form shows, or an empty string when it shows none. */
    private static String errorOn(String page) {
        java.util.regex.Matcher error = java.util.regex.Pattern
                .compile("<p class=\"flash error\" role=\"alert\">([^<]*)</p>").matcher(page);
        return error.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(error.group(1)) : "";
    }

    private void lockOut() throws Exception {
        for (int attempt = 1; attempt < 6; attempt++) {
            signIn(WRONG, client);
            clock.advance(Duration.ofSeconds(61));
        }
        assertThat(signInPage(WRONG)).contains("Coba lagi dalam 15 menit");
    }

    /** Signs in and follows the redirect back to the form, returning the page the person then reads. */
    private String signInPage(String password) throws Exception {
        return signInPage(email, password, client);
    }

    private String signInPage(String address, String password, String from) throws Exception {
        MvcResult result = mvc.perform(TestAccounts.signInFrom(from, address, password)).andExpect(redirectedUrl("/signin")).andReturn();
        // The flash message waits in the (Spring Session JDBC) session that the response's cookie names.
        return mvc.perform(get("/signin").cookie(result.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String password) throws Exception {
        return signIn(password, client);
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String password, String from) throws Exception {
        return mvc.perform(TestAccounts.signInFrom(from, email, password));
    }
}
