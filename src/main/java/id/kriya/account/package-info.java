/**
 * People who use Kriya: sign-up with consent to the privacy notice, sign-in with throttling and lock-out,
 * password reset by e-mail, roles (admin, council officer, curator, artisan, buyer), the first admin from
 * configuration, and a person's own data to download or delete. Other modules refer to a person by user id and
 * read who is signed in through {@link id.kriya.account.KriyaUser}; they hear {@link id.kriya.account.AccountInvited},
 * {@link id.kriya.account.PasswordLinkIssued} (the notification module mails the link) and
 * {@link id.kriya.account.AccountDeleted} (erase what you hold), and add their part to a person's data download by
 * implementing {@link id.kriya.account.PersonalDataContributor}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package id.kriya.account;
