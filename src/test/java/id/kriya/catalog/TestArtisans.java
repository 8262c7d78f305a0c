package id.kriya.catalog;

import static id.kriya.artisan.ArtisanMother.aBusiness;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.TestPeople;
import org.springframework.stereotype.Component;

/** Signed-in artisans of verified (or pending) businesses, and their products, for catalog tests. */
@Component
public class TestArtisans {

    private final TestPeople people;
    private final ArtisanManagement artisans;
    private final ArtisanVerification verification;
    private final ProductManagement products;

    TestArtisans(TestPeople people, ArtisanManagement artisans, ArtisanVerification verification,
                 ProductManagement products) {
        this.people = people;
        this.artisans = artisans;
        this.verification = verification;
        this.products = products;
    }

    public record Artisan(KriyaUser user, long businessId) {
    }

    /** The owner of a freshly verified business in this regency (Karangasem when not said). */
    public Artisan verified(String regionCode) {
        ArtisanMother business = aBusiness().in(regionCode);
        KriyaUser owner = people.buyer();
        long id = artisans.register(owner.id(), business.details());
        verification.verify(people.officerOf(regionCode.substring(0, 2)).id(), id);
        return new Artisan(people.reload(owner), id);
    }

    public Artisan verified() {
        return verified("51.07");
    }

    public Artisan pending() {
        KriyaUser owner = people.buyer();
        long id = artisans.register(owner.id(), aBusiness().details());
        return new Artisan(people.reload(owner), id);
    }

    public ProductView draft(Artisan artisan, ProductMother product) {
        return products.find(artisan.user().id(), products.create(artisan.user().id(), product.details()));
    }

    public ProductView published(Artisan artisan, ProductMother product) {
        ProductView draft = draft(artisan, product);
        products.publish(artisan.user().id(), draft.id());
        return products.find(artisan.user().id(), draft.id());
    }

    public ProductView reload(Artisan artisan, long productId) {
        return products.find(artisan.user().id(), productId);
    }
}
