package id.kriya.trust.standing;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.Rating;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.ordering.OrderView;
import id.kriya.trust.review.ReviewDesk;
import id.kriya.trust.review.TestPurchases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class ShopStandingsTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    TestPurchases purchases;

    @Autowired
    ReviewDesk reviews;

    @Autowired
    ShopStandings standings;

    @Test
    void shopWithFiveWellReviewedOrdersServedOnTimeBecomesTrusted() {
        Artisan weaver = artisans.verified("51.04");
        reviewedOrders(weaver, 4, new Rating.Scores(5, 5, 5));

        assertThat(standings.recompute(weaver.businessId()).trusted()).as("four completed orders are not enough")
                .isFalse();

        reviewedOrders(weaver, 1, new Rating.Scores(5, 4, 5));
        StandingFigures figures = standings.recompute(weaver.businessId());

        assertThat(figures.trusted()).isTrue();
        assertThat(figures.completedOrders()).isEqualTo(5);
        assertThat(figures.reviewCount()).isEqualTo(5);
        assertThat(figures.averageReview()).isEqualTo(4.93);
        assertThat(standings.of(weaver.businessId())).hasValueSatisfying(stored -> assertThat(stored.trusted()).isTrue());
    }

    @Test
    void poorReviewsKeepTheBadgeAway() {
        Artisan carver = artisans.verified("51.04");
        reviewedOrders(carver, 5, new Rating.Scores(3, 4, 5));

        StandingFigures figures = standings.recompute(carver.businessId());

        assertThat(figures.trusted()).isFalse();
        assertThat(standings.rules().assess(figures)).filteredOn(criterion -> !criterion.met())
                .extracting(StandingRules.Criterion::kind).containsExactly(StandingRules.Criterion.Kind.AVERAGE_REVIEW);
    }

    private void reviewedOrders(Artisan seller, int count, Rating.Scores scores) {
        KriyaUser buyer = people.buyer();
        for (int i = 0; i < count; i++) {
            var piece = artisans.published(seller, aProduct().limited(3));
            OrderView order = purchases.completed(seller, buyer, piece);
            reviews.write(buyer.id(), null, order.number(), piece.id(),
                    new ReviewDesk.Draft(scores, null, List.of()));
        }
    }
}
