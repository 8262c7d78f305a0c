package id.kriya.account;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * Someone tried to sign up with the address of an existing account. The sign-up page answered them as it answers
 * everyone ("we sent you a link"), so only the owner learns of it: the notification module mails them to sign in,
 * or choose a new password if they forgot it.
 */
@NamedInterface("api")
public record SignUpAttempted(long userId, String email, String displayName, Locale locale) {
}
