package id.kriya.account;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * A one-time link was made for a person: to choose a password after "forgot password", for an invited person who
 * has none yet, or to confirm the address given at sign-up. The link holds the only copy of the secret token, so whoever listens (the notification module)
 * must deliver it to the person's e-mail and nowhere else public.
 */
@NamedInterface("api")
public record PasswordLinkIssued(long userId, String email, String displayName, Locale locale, Purpose purpose,
                                 String link) {

    /** Why the link was sent; the mail's words differ. */
    public enum Purpose {
        /** The person forgot their password. Valid one hour. */
        RESET_PASSWORD,
        /** An invited person chooses their first password. Valid seven days. */
        SET_PASSWORD,
        /** A person who signed up confirms their address and is signed in. Valid two days. */
        CONFIRM_SIGN_UP
    }
}
