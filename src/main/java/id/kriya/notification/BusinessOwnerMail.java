package id.kriya.notification;

import java.util.stream.Stream;

import id.kriya.account.AccountManagement;
import id.kriya.artisan.ArtisanManagement;
import org.springframework.stereotype.Component;

/** Mail to the owner of a business, in their language; nothing when the business or its owner is gone. */
@Component
class BusinessOwnerMail {

    private final MailOutbox outbox;
    private final ArtisanManagement artisans;
    private final AccountManagement accounts;

    BusinessOwnerMail(MailOutbox outbox, ArtisanManagement artisans, AccountManagement accounts) {
        this.outbox = outbox;
        this.artisans = artisans;
        this.accounts = accounts;
    }

    /** Arguments of the template: {0} the owner's name, {1} the business's name, then {@code more} in order. */
    void send(long businessId, String template, Object... more) {
        artisans.find(businessId).ifPresent(business -> artisans.ownerOf(businessId)
                .flatMap(accounts::find)
                .ifPresent(owner -> outbox.write(owner.id(), owner.email(), owner.locale(), template,
                        Stream.concat(Stream.of(owner.displayName(), business.name()), Stream.of(more)).toArray())));
    }
}
