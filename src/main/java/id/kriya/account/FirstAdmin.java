package id.kriya.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A fresh installation has nobody who could appoint councils and officers: on start-up, when no admin exists, this
 * makes one from {@code kriya.admin.email} and {@code kriya.admin.password}. Without a configured password it makes
 * up a strong one and logs it once, so that no password ever sits in the repository.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before anything that runs at start-up and may need an admin, like the demo data
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String email;
    private final String password;
    private final TransactionOperations transactions;

    FirstAdmin(UserAccounts accounts, PasswordEncoder passwordEncoder, Clock clock,
               @Value("${kriya.admin.email}") String email, @Value("${kriya.admin.password:}") String password,
               TransactionOperations transactions) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            transactions.execute(status -> ensureAdmin());
        } catch (DataIntegrityViolationException e) {
            // Several instances started together on an empty database: another one made the admin first.
            log.info("First admin {} was created by another instance", email);
        }
    }

    /** True when it made the admin, false when there already was one. Runs in the caller's transaction. */
    boolean ensureAdmin() {
        if (accounts.existsWithRole(Role.ADMIN)) {
            return false;
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? generatePassword() : password;
        UserAccount admin = accounts.findByEmail(email.trim())
                .filter(existing -> !existing.isDeleted())
                .orElseGet(() -> new UserAccount(email, "Admin", Locale.forLanguageTag("id"), clock.instant()));
        admin.changePassword(passwordEncoder.encode(chosen));
        admin.grant(Role.ADMIN);
        accounts.saveAndFlush(admin);
        if (generated) {
            log.warn("First admin {} created with the generated password {} , change it after signing in", email, chosen);
        } else {
            log.warn("First admin {} created with the password from kriya.admin.password, change it after signing in",
                    email);
        }
        return true;
    }

    private static String generatePassword() {
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
