package id.kriya.account;

import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.kriya.KriyaWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Wrong passwords sent at the same moment: every one counts, and none turns into an error page. */
@KriyaWebTest
class SignInAttemptsTests {

    static final int AT_ONCE = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    ApplicationContext context;

    String email;

    @BeforeEach
    void setUp() {
        email = uniqueEmail();
        new TestAccounts(context).buyer(email);
    }

    @Test
    void countsEveryOneOfManyWrongPasswordsArrivingTogether() throws Exception {
        List<Object> outcomes = allAtOnce(() -> {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, "salah-salah-salah"),
                    new BadCredentialsException("Bad credentials")));
            return "counted";
        });

        assertThat(outcomes).containsOnly("counted");
        assertThat(failedSignIns()).isEqualTo(AT_ONCE);
        assertThat(attempts.waitFor(email)).hasValueSatisfying(wait -> assertThat(wait.lockedOut()).isTrue());
    }

    @Test
    void manyWrongPasswordsSubmittedTogetherAllReturnToTheSignInFormAndLockTheAccount() throws Exception {
        List<Object> outcomes = allAtOnce(() -> mvc.perform(formLogin("/signin").userParameter("email").user(email)
                        .password("salah-salah-salah"))
                .andReturn().getResponse().getRedirectedUrl());

        assertThat(outcomes).containsOnly("/signin");
        // Tries that arrive once the account waits or is locked are refused without counting; the rest all count.
        assertThat(failedSignIns()).isGreaterThanOrEqualTo(UserAccount.LOCK_AFTER);
        assertThat(attempts.waitFor(email)).hasValueSatisfying(wait -> assertThat(wait.lockedOut()).isTrue());
    }

    private int failedSignIns() {
        return transactions.execute(status -> accounts.findByEmail(email).orElseThrow().failedSignIns());
    }

    /** Runs the task on {@link #AT_ONCE} threads released together; each outcome is its result or its exception. */
    private static List<Object> allAtOnce(Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
