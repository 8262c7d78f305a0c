package id.kriya.account;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Object mother for people in web tests: makes accounts with known passwords and the principal to act as them. */
public final class TestAccounts {

    public static final String PASSWORD = "sangat-rahasia-123";

    private final AccountManagement management;
    private final UserAccounts accounts;
    private final TransactionTemplate transactions;

    public TestAccounts(ApplicationContext context) {
        this.management = context.getBean(AccountManagement.class);
        this.accounts = context.getBean(UserAccounts.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    public static String uniqueEmail() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }

    /**
     * A client address of its own (in 10.0.0.0/8) for a test's sign-ins: wrong passwords are also counted per client,
     * and tests on the shared database must not slow each other down.
     */
    public static String uniqueClientAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** A request from the given client address, for MockMvc's {@code with(...)}. */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor from(String clientAddress) {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
    }

    /** The sign-in form sent from a client address, as {@code formLogin()} would send it from 127.0.0.1. */
    public static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signInFrom(
            String clientAddress, String email, String password) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/signin")
                .param("email", email).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from(clientAddress));
    }

    /** A buyer with {@link #PASSWORD}, in Indonesian. */
    public long buyer(String email) {
        return buyer(email, "Ni Luh " + email.substring(0, 9));
    }

    public long buyer(String email, String name) {
        return management.register(new AccountManagement.NewAccount(email, name, PASSWORD, Locale.forLanguageTag("id"))).id();
    }

    public long admin(String email) {
        long id = buyer(email);
        management.grant(id, Role.ADMIN);
        return id;
    }

    /** The signed-in person as Spring Security would hold them, for {@code with(user(...))}. */
    public KriyaUser principal(long userId) {
        return transactions.execute(status -> accounts.findById(userId).orElseThrow().toPrincipal());
    }

    public String passwordHashOf(long userId) {
        return transactions.execute(status -> accounts.findById(userId).orElseThrow().passwordHash());
    }

    /** Leaves the given admin as the only one, so that last-admin rules can be tried on the shared database. */
    public void makeOnlyAdmin(long userId) {
        transactions.executeWithoutResult(status -> accounts.findAll().stream()
                .filter(account -> account.has(Role.ADMIN) && !account.id().equals(userId))
                .forEach(account -> account.revoke(Role.ADMIN)));
    }
}
