package id.kriya.account;

import java.time.Duration;
import java.time.Instant;

import id.kriya.account.PasswordLinkIssued.Purpose;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time password link. Only the SHA-256 of the token is stored, so a copy of the database cannot be used to
 * take over accounts. Usable once, until it expires or a newer link for the same person voids it.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration SET_VALIDITY = Duration.ofDays(7);
    static final Duration CONFIRM_VALIDITY = Duration.ofDays(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected AccountToken() {
    }

    AccountToken(long userId, Purpose purpose, String tokenHash, Instant now) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(switch (purpose) {
            case SET_PASSWORD -> SET_VALIDITY;
            case RESET_PASSWORD -> RESET_VALIDITY;
            case CONFIRM_SIGN_UP -> CONFIRM_VALIDITY;
        });
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    /** Spends the token; a second use, or a use after expiry, fails. */
    void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new InvalidPasswordLinkException();
        }
        usedAt = now;
    }

    /** A newer link replaces this one. */
    void voidAt(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    long userId() {
        return userId;
    }

    Purpose purpose() {
        return purpose;
    }
}
