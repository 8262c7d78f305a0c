package id.kriya.account.signin;

import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.kriya.KriyaWebTest;
import id.kriya.account.TestAccounts;
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
    TransactionTemplate transactions;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    SignInThrottles throttles;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    String email;
    String client;

    @BeforeEach
    void setUp() {
        email = uniqueEmail();
        client = TestAccounts.uniqueClientAddress();
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
        assertThat(attempts.waitFor(email, client)).hasValueSatisfying(wait -> assertThat(wait.lockedOut()).isTrue());
    }

    @Test
    void countsEveryOneOfManyWrongPasswordsForAnAddressWithoutAccountAndForTheirClient() throws Exception {
        String unknown = uniqueEmail();
        List<Object> outcomes = allAtOnce(() -> {
            mvc.perform(TestAccounts.signInFrom(client, unknown, "salah-salah-salah"));
            return "sent";
        });

        assertThat(outcomes).containsOnly("sent");
        // Tries refused while waiting are not counted; the others are, on the address and on the client alike.
        assertThat(failures(SignInThrottle.Scope.EMAIL, SignInAttempts.emailKey(unknown)))
                .isGreaterThanOrEqualTo(SignInThrottle.Scope.EMAIL.lockAfter());
        assertThat(failures(SignInThrottle.Scope.CLIENT, SignInAttempts.clientKey(client).orElseThrow()))
                .isEqualTo(failures(SignInThrottle.Scope.EMAIL, SignInAttempts.emailKey(unknown)));
        assertThat(attempts.waitFor(unknown, null)).hasValueSatisfying(wait -> assertThat(wait.lockedOut()).isTrue());
    }

    @Test
    void manyWrongPasswordsSubmittedTogetherAllReturnToTheSignInFormAndLockTheAccount() throws Exception {
        List<Object> outcomes = allAtOnce(() -> mvc.perform(TestAccounts.signInFrom(client, email, "salah-salah-salah"))
                .andReturn().getResponse().getRedirectedUrl());

        assertThat(outcomes).containsOnly("/signin");
        // Tries that arrive once the account waits or is locked are refused without counting; the rest all count.
        assertThat(failedSignIns()).isGreaterThanOrEqualTo(SignInThrottle.Scope.EMAIL.lockAfter());
        assertThat(attempts.waitFor(email, client)).hasValueSatisfying(wait -> assertThat(wait.lockedOut()).isTrue());
    }

    @Test
    void locksCarriedOverByTheMigrationAreFoundUnderTheSameKeys() {
        // V135 moved the counts kept on accounts into the throttle table, hashing in SQL as Java does here.
        String typed = " Ni.Luh@Contoh.ID ";
        String inSql = transactions.execute(status -> jdbc.queryForObject(
                "select encode(sha256(convert_to('EMAIL:' || lower(trim(?)), 'UTF8')), 'hex')", String.class, typed));
        assertThat(inSql).isEqualTo(SignInAttempts.emailKey(typed));
    }

    private int failedSignIns() {
        return failures(SignInThrottle.Scope.EMAIL, SignInAttempts.emailKey(email));
    }

    private int failures(SignInThrottle.Scope scope, String key) {
        return transactions.execute(status -> throttles.findById(new SignInThrottle.Key(scope, key))
                .map(SignInThrottle::failures).orElse(0));
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
