package id.kriya.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import id.kriya.account.PasswordLinkIssued.Purpose;
import id.kriya.account.signin.SignInAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One-time links to choose a password, sent by e-mail: "forgot password" and the first password of an invited
 * person. The secret token travels only in the link ({@link PasswordLinkIssued}); the database keeps its hash.
 */
@Service
@Transactional
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Sessions sessions;
    private final SignInAttempts attempts;
    private final String baseUrl;

    PasswordLinks(UserAccounts accounts, AccountTokens tokens, PasswordEncoder passwordEncoder, Clock clock,
                  ApplicationEventPublisher events, Sessions sessions, SignInAttempts attempts,
                  @Value("${kriya.base-url}") String baseUrl) {
        this.sessions = sessions;
        this.attempts = attempts;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    /**
     * Sends a reset link when the address belongs to a live account, and silently does nothing otherwise: the caller
     * answers the same either way, so nobody learns who has an account.
     */
    public void requestReset(String email) {
        accounts.findByEmail(email.trim())
                .filter(account -> !account.isDeleted())
                .ifPresent(account -> issue(account, Purpose.RESET_PASSWORD));
    }

    /** An invited person has no password: send them a link to choose one. */
    @ApplicationModuleListener
    void on(AccountInvited event) {
        accounts.findById(event.userId())
                .filter(account -> !account.isDeleted())
                .ifPresent(account -> issue(account, Purpose.SET_PASSWORD));
    }

    /** What the link is for, if it can still be used; for showing the right form or the "link no longer valid" page. */
    @Transactional(readOnly = true)
    public Optional<Purpose> purposeOf(String token) {
        return usable(token).map(AccountToken::purpose).filter(purpose -> purpose != Purpose.CONFIRM_SIGN_UP);
    }

    /** Whether this is a sign-up confirmation link that can still be used; for its page. */
    @Transactional(readOnly = true)
    public boolean isSignUpConfirmation(String token) {
        return usable(token).filter(candidate -> candidate.purpose() == Purpose.CONFIRM_SIGN_UP).isPresent();
    }

    /**
     * Spends a sign-up confirmation link: the address is confirmed and the account opens. Returns whom to sign in.
     *
     * @throws InvalidPasswordLinkException when the link is unknown, used, expired or not a sign-up confirmation
     */
    public long confirmSignUp(String token) {
        Instant now = clock.instant();
        AccountToken used = usable(token)
                .filter(candidate -> candidate.purpose() == Purpose.CONFIRM_SIGN_UP)
                .orElseThrow(InvalidPasswordLinkException::new);
        used.use(now);
        UserAccount account = accounts.findById(used.userId())
                .filter(candidate -> !candidate.isDeleted())
                .orElseThrow(InvalidPasswordLinkException::new);
        account.confirmEmail();
        return account.id();
    }

    /**
     * Spends the link and sets the new password; wrong sign-ins counted so far are forgotten, and every session of
     * the person ends, since a reset often follows a stolen password. An invited person, who never signed up, gives
     * their consent to the privacy notice here (UU 27/2022), and it is recorded as at sign-up.
     *
     * @throws IllegalArgumentException when a first password comes without consent
     */
    public void choosePassword(String token, String newPassword, boolean consentsToPrivacyNotice) {
        Instant now = clock.instant();
        AccountToken used = usable(token)
                .filter(candidate -> candidate.purpose() != Purpose.CONFIRM_SIGN_UP)
                .orElseThrow(InvalidPasswordLinkException::new);
        boolean firstPassword = used.purpose() == Purpose.SET_PASSWORD;
        if (firstPassword && !consentsToPrivacyNotice) {
            throw new IllegalArgumentException("An invited person chooses a password only with consent to the privacy notice");
        }
        used.use(now);
        UserAccount account = accounts.findById(used.userId())
                .filter(candidate -> !candidate.isDeleted())
                .orElseThrow(InvalidPasswordLinkException::new);
        account.changePassword(passwordEncoder.encode(newPassword));
        // Whoever can read the address's mail may sign in at once, however many wrong passwords came before.
        attempts.forget(account.email());
        // The link came by mail: the address is the person's, also when they signed up and never confirmed.
        account.confirmEmail();
        if (firstPassword) {
            account.consentTo(AccountManagement.PRIVACY_VERSION, now);
        }
        tokens.findByUserIdAndUsedAtIsNull(account.id()).forEach(other -> other.voidAt(now));
        sessions.endAllOf(account.email(), null);
    }

    private Optional<AccountToken> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(candidate -> candidate.isUsableAt(clock.instant()));
    }

    private void issue(UserAccount account, Purpose purpose) {
        issue(account, purpose, null);
    }

    /**
     * Makes a new link for the purpose, voiding the person's older ones, and tells the notification module to mail
     * it. A sign-up confirmation carries the page the person was on their way to ({@code continue}), already checked
     * to be a path on this site by the caller, and checked again when the link is used.
     */
    void issue(UserAccount account, Purpose purpose, String continuePath) {
        Instant now = clock.instant();
        // Only the newest link works: an older mail lying around in an inbox must not open the account.
        tokens.findByUserIdAndUsedAtIsNull(account.id()).forEach(older -> older.voidAt(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new AccountToken(account.id(), purpose, hash(token), now));
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(baseUrl)
                .path(purpose == Purpose.CONFIRM_SIGN_UP ? "/signup/confirm" : "/password/reset")
                .queryParam("token", token);
        if (continuePath != null) {
            link.queryParam("continue", continuePath);
        }
        events.publishEvent(new PasswordLinkIssued(account.id(), account.email(), account.displayName(),
                account.locale(), purpose, link.encode().build().toUriString()));
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
