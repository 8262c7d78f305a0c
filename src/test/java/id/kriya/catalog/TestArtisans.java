package id.kriya.catalog;

import id.kriya.payment.Bank;
import id.kriya.payment.PaymentOptions;
import id.kriya.payment.PaymentSettings;

import static id.kriya.artisan.ArtisanMother.aBusiness;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.TestPeople;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.TestImages;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Signed-in artisans of verified (or pending) businesses, and their products, for catalog tests. */
@Component
public class TestArtisans {

    private static final AtomicLong SEEDS = new AtomicLong();

    private final TestPeople people;
    private final ArtisanManagement artisans;
    private final ArtisanVerification verification;
    private final ProductManagement products;
    private final ProductPhotos photos;
    private final MediaLibrary media;
    private final PaymentSettings payments;
    private final PaymentOptions paymentOptions;

    TestArtisans(TestPeople people, ArtisanManagement artisans, ArtisanVerification verification,
                 ProductManagement products, ProductPhotos photos, MediaLibrary media, PaymentSettings payments,
                 PaymentOptions paymentOptions) {
        this.payments = payments;
        this.paymentOptions = paymentOptions;
        this.people = people;
        this.artisans = artisans;
        this.verification = verification;
        this.products = products;
        this.photos = photos;
        this.media = media;
    }

    /**
     * A small sharp JPEG drawn in code, uploaded by this person through the media library: a picture of its own
     * each time, so that the photos of unrelated test shops are not found to be the same photo in two shops.
     */
    public Photo uploadedBy(KriyaUser user) {
        byte[] picture = TestImages.jpeg(TestImages.sharp(320, 240, SEEDS.incrementAndGet()));
        return media.upload(user.id(), "kain.jpg", new ByteArrayInputStream(picture));
    }

    /** Uploads a photo as the artisan and attaches it at the end of the product's photos. */
    public Photo withPhoto(Artisan artisan, long productId) {
        Photo photo = uploadedBy(artisan.user());
        photos.attach(artisan.user().id(), productId, List.of(photo.id()));
        return photo;
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

    /** A person invited to the artisan's business who accepted: staff, signed in. */
    public KriyaUser staffOf(Artisan artisan) {
        KriyaUser staff = people.buyer();
        artisans.invite(artisan.user().id(), staff.email(), staff.displayName(), java.util.Locale.ROOT);
        artisans.accept(staff.id(), artisans.invitationsFor(staff.id()).get(0).membershipId());
        return people.reload(staff);
    }

    /**
     * Gives the business a bank account for transfers unless buyers can already pay it: a product is published only
     * when they can.
     */
    public Artisan payable(Artisan artisan) {
        if (!paymentOptions.canBePaid(artisan.businessId())) {
            payments.useBankAccount(artisan.user().id(), Bank.BPD_BALI, "0200202123456", artisan.user().displayName());
        }
        return artisan;
    }

    public ProductView draft(Artisan artisan, ProductMother product) {
        return products.find(artisan.user().id(), products.create(artisan.user().id(), product.details()));
    }

    public ProductView published(Artisan artisan, ProductMother product) {
        ProductView draft = draft(artisan, product);
        withPhoto(artisan, draft.id());
        payable(artisan);
        products.publish(artisan.user().id(), draft.id());
        return products.find(artisan.user().id(), draft.id());
    }

    public ProductView reload(Artisan artisan, long productId) {
        return products.find(artisan.user().id(), productId);
    }
}
