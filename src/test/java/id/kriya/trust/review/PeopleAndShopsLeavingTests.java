package id.kriya.trust.review;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.account.AccountDeleted;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.PersonalDataExport;
import id.kriya.artisan.BusinessRemoved;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.Rating;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.ordering.OrderView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

@KriyaWebTest
@Import(MutableClock.Configuration.class)
@EnableScenarios
class PeopleAndShopsLeavingTests {

    static final String TEXT = "Perak 925 yang berkilau, persis seperti fotonya.";

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    TestPurchases purchases;

    @Autowired
    ReviewDesk desk;

    @Autowired
    ReviewQueries reviews;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    MediaLibrary media;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PersonalDataExport export;

    record Reviewed(Artisan smith, ProductView ring, KriyaUser buyer, OrderView order, Photo photo) {
    }

    /** A Gianyar silversmith's piece, bought and reviewed by its buyer with a photo of theirs. */
    Reviewed reviewedWithAPhoto(String title) {
        Artisan smith = artisans.verified("51.04");
        ProductView ring = artisans.published(smith, aProduct().titled(title));
        KriyaUser buyer = people.buyer();
        OrderView order = purchases.completed(smith, buyer, ring);
        Photo photo = artisans.uploadedBy(buyer);
        desk.write(buyer.id(), null, order.number(), ring.id(),
                new ReviewDesk.Draft(new Rating.Scores(5, 4, 5), TEXT, List.of(photo.id())));
        return new Reviewed(smith, ring, buyer, order, photo);
    }

    @Test
    void anAuthorsReviewsAreInTheirDataAndWhenTheyLeaveOnlyTheScoresStay(Scenario scenario) {
        Reviewed reviewed = reviewedWithAPhoto("Cincin Perak Celuk");
        KriyaUser buyer = reviewed.buyer();
        OrderView order = reviewed.order();
        ProductView ring = reviewed.ring();
        Photo photo = reviewed.photo();

        assertThat(String.valueOf(export.of(buyer.id()).get("reviews"))).contains(order.number())
                .contains("Cincin Perak Celuk").contains(TEXT).contains(photo.id().toString());

        scenario.stimulate(() -> accounts.delete(buyer.id(), TestPeople.PASSWORD))
                .andWaitForEventOfType(AccountDeleted.class)
                .matching(deleted -> deleted.userId() == buyer.id())
                .toArriveAndVerify(deleted -> await().atMost(Duration.ofSeconds(10)).until(() -> {
                    ReviewView left = reviews.ofProduct(ring.id()).latest().get(0);
                    return left.authorName() == null && left.body() == null && left.photoIds().isEmpty()
                            && media.find(photo.id()).isEmpty();
                }));
        assertThat(catalog.find(ring.id()).orElseThrow().rating()).isEqualTo(new Rating(1, 5, 4, 5));
    }

    @Test
    void aShopThatLeavesTakesItsProductsReviewsAndTheirPhotosAlong(Scenario scenario) {
        Reviewed reviewed = reviewedWithAPhoto("Gelang Perak Pergi");
        Artisan smith = reviewed.smith();
        ProductView ring = reviewed.ring();
        Photo photo = reviewed.photo();

        scenario.stimulate(() -> accounts.delete(smith.user().id(), TestPeople.PASSWORD))
                .andWaitForEventOfType(BusinessRemoved.class)
                .matching(removed -> removed.businessId() == smith.businessId())
                .toArriveAndVerify(removed -> await().atMost(Duration.ofSeconds(10)).until(() ->
                        reviews.ofProduct(ring.id()).count() == 0 && media.find(photo.id()).isEmpty()));
        assertThat(reviews.ofOrder(reviewed.buyer().id(), null, reviewed.order().number()).lines().get(0).review()).isNull();
    }
}
