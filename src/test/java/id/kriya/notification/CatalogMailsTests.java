package id.kriya.notification;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductModeration;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@KriyaWebTest
class CatalogMailsTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ProductModeration moderation;

    @Autowired
    ApplicationContext context;

    @Test
    void ownerReadsWhyTheCouncilHidTheirProductAndWhereToFixIt() {
        Artisan owner = artisans.verified("51.07");
        ProductView product = artisans.published(owner, aProduct().titled("Kain Endek Motif Cepuk"));

        moderation.hide(people.officerOf("51").id(), product.id(), "Foto tidak sesuai dengan kain yang dijual.");

        OutboxMailView mail = new TestOutbox(context).awaitMailTo(owner.user().email(), "productHidden");
        assertThat(mail.body()).contains("Kain Endek Motif Cepuk").contains("Foto tidak sesuai")
                .contains("/my/products/" + product.id() + "/edit");
    }
}
