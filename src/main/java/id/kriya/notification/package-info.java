/**
 * E-mail to people on what happens in the other modules: each mail is written in the recipient's language from the
 * notification bundle into an outbox that platform admins can read, and, when an SMTP server is configured, sent
 * from there with failed attempts retried until they succeed. The module only listens: another module's event
 * (a password link issued, later an artisan verified or an order placed) gets a listener here that turns it into
 * a mail, and no module calls this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "artisan", "catalog", "curation", "ordering", "trust", "trust :: review", "shared"})
package id.kriya.notification;
