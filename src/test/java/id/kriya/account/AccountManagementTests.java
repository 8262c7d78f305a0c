package id.kriya.account;

import static id.kriya.account.TestAccounts.PASSWORD;
import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.kriya.KriyaWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/** Requests that race each other: the database decides, and the caller hears it as the business rule it is. */
@KriyaWebTest
class AccountManagementTests {

    @Autowired
    AccountManagement management;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Value("${kriya.admin.email}")
    String configuredAdmin;

    TestAccounts people;

    @BeforeEach
    void setUp() {
        people = new TestAccounts(context);
    }

    /** The database is shared: the configured admin gets back the role the admin tests took away. */
    @AfterEach
    void restoreConfiguredAdmin() {
        management.findByEmail(configuredAdmin).ifPresent(admin -> management.grant(admin.id(), Role.ADMIN));
    }

    @Test
    void findsManyLiveAccountsAtOnceWithTheirRolesAndLeavesOutDeletedAndUnknownOnes() {
        long buyer = people.buyer(uniqueEmail());
        long curator = people.buyer(uniqueEmail());
        management.grant(curator, Role.CURATOR);
        long deleted = people.buyer(uniqueEmail());
        management.delete(deleted, PASSWORD);

        List<AccountView> found = management.findAll(List.of(buyer, curator, deleted, Long.MAX_VALUE));

        assertThat(found).extracting(AccountView::id).containsExactlyInAnyOrder(buyer, curator);
        assertThat(found).filteredOn(account -> account.id() == curator).singleElement()
                .satisfies(account -> assertThat(account.roles()).containsExactlyInAnyOrder(Role.BUYER, Role.CURATOR));
        assertThat(management.findAll(List.of())).isEmpty();
    }

    @Test
    void signUpsWithOneAddressAtTheSameMomentMakeOneAccountAndTellTheOthersItIsTaken() throws Exception {
        String email = uniqueEmail();

        List<Object> outcomes = together(8, attempt -> management.register(
                new AccountManagement.NewAccount(attempt == 0 ? email : email.toUpperCase(), "Dewa " + attempt,
                        PASSWORD, Locale.forLanguageTag("id"))));

        assertThat(outcomes).filteredOn(AccountView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof AccountView))
                .hasSize(7)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(EmailAlreadyUsedException.class));
    }

    @Test
    void twoAdminsTakingTheRoleFromEachOtherAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 5; round++) {
            long first = people.admin(uniqueEmail());
            people.makeOnlyAdmin(first);
            long second = people.admin(uniqueEmail());

            List<Object> outcomes = together(2, attempt -> {
                management.revokeBy(attempt == 0 ? first : second, attempt == 0 ? second : first, Role.ADMIN);
                return "revoked";
            });

            assertThat(accounts.countWithRole(Role.ADMIN)).as("admins left after round %d", round).isEqualTo(1);
            assertThat(outcomes).containsOnlyOnce("revoked")
                    .anySatisfy(outcome -> assertThat(outcome).isInstanceOf(LastAdminException.class));
        }
    }

    interface Attempt {
        Object run(int attempt) throws Exception;
    }

    /** Runs the attempts on as many threads, released together; each outcome is a result or the exception. */
    static List<Object> together(int count, Attempt task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int attempt = i;
                Callable<Object> call = () -> {
                    start.await();
                    try {
                        return task.run(attempt);
                    } catch (Exception e) {
                        return e;
                    }
                };
                futures.add(pool.submit(call));
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
