package id.kriya.catalog;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans.Artisan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@KriyaWebTest
@RecordApplicationEvents
class ProductManagementTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ProductManagement products;

    @Autowired
    ProductModeration moderation;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    ApplicationEvents events;

    @Test
    void importIsAllOrNothingEvenWhenARowFailsInsideTheTransaction() {
        Artisan me = artisans.verified();
        ProductDetails good = aProduct().details();
        ProductDetails elsewhere = new ProductDetails("Kain", "Cerita", null, good.category(), good.materials(),
                good.technique(), good.maker(), "Desa", "99.99", 1, 1, 1, 1, good.price(), StockKind.ONE_OF_A_KIND, null, null);

        assertThatThrownBy(() -> products.importAll(me.user().id(), List.of(good, good, elsewhere)))
                .isInstanceOf(ProductRuleException.class);
        assertThat(products.list(me.user().id(), null, Pageable.ofSize(10))).isEmpty();
    }

    @Test
    void sameTitlesGetTheirOwnAddresses() {
        Artisan me = artisans.verified();
        String title = "Tas Ata Bulat " + id.kriya.artisan.ArtisanMother.token();
        List<Long> ids = products.importAll(me.user().id(), List.of(aProduct().titled(title).details(),
                aProduct().titled(title).details()));
        assertThat(ids.stream().map(id -> products.find(me.user().id(), id).slug()).distinct()).hasSize(2);
    }

    @Test
    void publishingAndHidingAreAnnouncedForOtherModules() {
        Artisan me = artisans.verified("51.07");
        ProductView product = artisans.published(me, aProduct());
        assertThat(events.stream(ProductPublished.class))
                .anyMatch(e -> e.productId() == product.id() && e.businessId() == me.businessId() && !e.resubmitted());

        long officer = people.officerOf("51.07").id();
        moderation.hide(officer, product.id(), "Klaim pewarna alam belum terbukti.");
        assertThat(events.stream(ProductHidden.class))
                .anyMatch(e -> e.productId() == product.id() && e.officerId() == officer
                        && e.reason().equals("Klaim pewarna alam belum terbukti."));
        assertThat(catalog.published(product.slug())).isEmpty();

        products.update(me.user().id(), product.id(), aProduct().details());
        artisans.payable(me);
        products.publish(me.user().id(), product.id());
        assertThat(events.stream(ProductPublished.class)).anyMatch(e -> e.productId() == product.id() && e.resubmitted());
    }

    @Test
    void shopShowsOnlyPublicProductsOfThatBusiness() {
        Artisan me = artisans.verified();
        Artisan other = artisans.verified();
        ProductView mine = artisans.published(me, aProduct());
        artisans.draft(me, aProduct());
        artisans.published(other, aProduct());
        assertThat(catalog.shop(me.businessId(), Pageable.ofSize(10)).getContent()).extracting(ProductView::id)
                .containsExactly(mine.id());
    }
}
