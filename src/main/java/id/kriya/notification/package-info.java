/**
 * E-mail to people on what happens in the other modules: each mail is written in the recipient's language from the
 * notification bundle into an outbox that platform admins can read, and, when an SMTP server is configured, sent
 * from there with failed attempts retried until they succeed. The module only listens: another module's event
 * (a password link issued, an artisan verified, an order placed, a complaint escalated) gets a listener here that
 * turns it into a mail, and no module calls this one; the council gives the officers of an area to write to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "artisan :: api", "catalog :: api",
        "council :: api", "curation :: api", "ordering :: api", "trust", "trust :: review", "shared"})
package id.kriya.notification;
