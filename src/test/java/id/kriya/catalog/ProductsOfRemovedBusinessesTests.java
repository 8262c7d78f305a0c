package id.kriya.catalog;

import static id.kriya.catalog.search.SearchProductMother.marker;
import static id.kriya.catalog.search.SearchProductMother.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.artisan.BusinessRemoved;
import id.kriya.artisan.Craft;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.search.ProductSearch;
import id.kriya.catalog.search.SearchCriteria;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoSize;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.modulith.test.EnableScenarios;

@KriyaWebTest
@EnableScenarios
class ProductsOfRemovedBusinessesTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    ProductSearch search;

    @Autowired
    MediaLibrary media;

    @Autowired
    AccountManagement accounts;

    @Test
    void anOwnerWhoLeavesTakesTheirProductsAndPhotosOffKriya(Scenario scenario) {
        String maker = marker();
        Artisan owner = artisans.verified();
        long id = products.create(owner.user().id(), product("Kain Songket Sidemen", Craft.SONGKET, List.of("sutra"),
                Technique.SONGKET, maker, 2_500_000));
        Photo photo = artisans.withPhoto(owner, id);
        artisans.payable(owner);
        products.publish(owner.user().id(), id);
        String slug = artisans.reload(owner, id).slug();
        await().atMost(Duration.ofSeconds(5)).until(() -> found(maker) == 1);

        // The account module tells the artisan module, which tells the catalog the business is gone.
        scenario.stimulate(() -> accounts.delete(owner.user().id(), TestPeople.PASSWORD))
                .andWaitForEventOfType(BusinessRemoved.class)
                .matching(removed -> removed.businessId() == owner.businessId())
                .toArriveAndVerify(removed -> await().atMost(Duration.ofSeconds(10)).until(() ->
                        catalog.published(slug).isEmpty() && found(maker) == 0 && media.find(photo.id()).isEmpty()
                                && media.rendition(photo.id(), PhotoSize.THUMB).isEmpty()));
    }

    private long found(String maker) {
        return search.search(SearchCriteria.parse(maker, null, null, null, null, null, null, null, null, null)).total();
    }
}
