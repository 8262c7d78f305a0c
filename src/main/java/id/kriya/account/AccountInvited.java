package id.kriya.account;

import java.util.Locale;

/**
 * Someone who had no account was given one by another person (an admin appointing an officer, an artisan adding
 * staff). The account has no password yet: the person chooses one through the link e-mailed to them.
 */
public record AccountInvited(long userId, String email, String displayName, Locale locale) {
}
