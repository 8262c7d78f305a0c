package id.kriya.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's account. Guards its own password and the consent it was given; wrong passwords are counted apart. */
@Entity
@Table(name = "account_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String passwordHash;
    private String displayName;
    private String locale;
    private String privacyVersion;
    private Instant consentedAt;
    private Instant createdAt;
    private Instant deletedAt;
    /** Signed up but has not yet opened the link mailed to the address: may not sign in with the password. */
    private boolean awaitsConfirmation;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, Locale locale, Instant now) {
        this.email = email.trim();
        this.displayName = displayName.trim();
        this.locale = locale.getLanguage();
        this.createdAt = now;
    }

    void consentTo(String privacyVersion, Instant when) {
        this.privacyVersion = privacyVersion;
        this.consentedAt = when;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    /** Wipes what identifies the person, keeping the row so that records pointing at it stay whole. */
    void erase(Instant now) {
        this.email = "deleted-" + id + "@invalid";
        this.displayName = "—";
        this.passwordHash = null;
        this.privacyVersion = null;
        this.roles.clear();
        this.deletedAt = now;
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    boolean canSignIn() {
        return !isDeleted() && passwordHash != null && !awaitsConfirmation;
    }

    /**
     * A sign-up from the web: the address is not yet shown to be the person's, so the password does not open the
     * account until a link mailed there is opened. Otherwise trying the password would tell anyone whether the
     * address already had an account.
     */
    void awaitConfirmation() {
        this.awaitsConfirmation = true;
    }

    /** A link mailed to the address was opened: the address is the person's. */
    void confirmEmail() {
        this.awaitsConfirmation = false;
    }

    boolean awaitsConfirmation() {
        return awaitsConfirmation;
    }

    KriyaUser toPrincipal() {
        return new KriyaUser(id, email, displayName, roles, passwordHash);
    }

    AccountView toView() {
        return new AccountView(id, email, displayName, Locale.forLanguageTag(locale), EnumSet.copyOf(rolesOrNone()),
                createdAt, consentedAt, privacyVersion);
    }

    private Set<Role> rolesOrNone() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    void rename(String displayName) {
        this.displayName = displayName.trim();
    }

    void preferLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }
}
