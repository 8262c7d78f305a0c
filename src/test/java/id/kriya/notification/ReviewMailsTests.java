package id.kriya.notification;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.Rating;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.ordering.OrderView;
import id.kriya.trust.review.ReviewDesk;
import id.kriya.trust.review.TestPurchases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

@KriyaWebTest
@Import(MutableClock.Configuration.class)
class ReviewMailsTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    TestPurchases purchases;

    @Autowired
    ReviewDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApplicationContext context;

    @Test
    void aBuyerWhoseOrderCompletedIsAskedToReviewItsPiecesWithALinkThatOpensThem() {
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek Minta Ulasan"));
        ProductView scarf = artisans.published(weaver, aProduct().titled("Selendang Endek Minta Ulasan"));
        OrderView order = purchases.completedByGuest(weaver, cloth, scarf);

        OutboxMailView mail = new TestOutbox(context).awaitMailTo(order.buyer().email(), "reviewRequest");

        assertThat(mail.subject()).isEqualTo("How was order " + order.number() + "? Leave a review");
        assertThat(mail.body()).contains("- Kain Endek Minta Ulasan\n- Selendang Endek Minta Ulasan")
                .contains("/orders/" + order.number() + "/reviews?key=" + order.checkoutId())
                .contains("Write your review before ").contains(" WITA");
    }

    @Test
    void theArtisanHearsOfANewReviewAndTheAuthorOfTheAnswer() {
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek Kabar Ulasan"));
        KriyaUser buyer = people.buyer();
        OrderView order = purchases.completed(weaver, buyer, cloth);
        long review = desk.write(buyer.id(), null, order.number(), cloth.id(),
                new ReviewDesk.Draft(new Rating.Scores(4, 5, 3), null, List.of()));
        TestOutbox outbox = new TestOutbox(context);

        String owner = accounts.find(weaver.user().id()).orElseThrow().email();
        OutboxMailView posted = outbox.awaitMailTo(owner, "reviewPosted");
        assertThat(posted.body()).contains("Kain Endek Kabar Ulasan").contains("sesuai foto 4/5, kualitas 5/5, pelayanan 3/5")
                .contains("/my/reviews/" + review);

        desk.answer(weaver.user().id(), review, "Terima kasih, kami akan memperbaiki pengemasan.");
        OutboxMailView answered = outbox.awaitMailTo(buyer.email(), "reviewAnswered");
        assertThat(answered.body()).contains("Kain Endek Kabar Ulasan").contains("/products/" + cloth.slug() + "/reviews");
    }
}
