package id.kriya.notification;

import id.kriya.account.AccountManagement;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductHidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the owner by e-mail when their council took a product off the site, why, and where to fix it. */
@Component
class CatalogMails {

    private final MailOutbox outbox;
    private final ProductCatalog catalog;
    private final ArtisanManagement artisans;
    private final AccountManagement accounts;
    private final String baseUrl;

    CatalogMails(MailOutbox outbox, ProductCatalog catalog, ArtisanManagement artisans, AccountManagement accounts,
                 @Value("${kriya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.catalog = catalog;
        this.artisans = artisans;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ProductHidden event) {
        catalog.find(event.productId()).ifPresent(product -> artisans.ownerOf(event.businessId())
                .flatMap(accounts::find)
                .ifPresent(owner -> outbox.write(owner.id(), owner.email(), owner.locale(), "productHidden",
                        owner.displayName(), product.title(), baseUrl + "/my/products/" + product.id() + "/edit",
                        event.reason())));
    }
}
