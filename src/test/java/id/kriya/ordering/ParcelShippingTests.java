package id.kriya.ordering;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.shipping.Courier;
import id.kriya.shipping.Destination;
import id.kriya.shipping.Parcel;
import id.kriya.shipping.ShippingQuote;
import id.kriya.shipping.ShippingRates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** Shipping is priced from the packed parcel an artisan states, not from the piece a buyer sees. */
@KriyaWebTest
class ParcelShippingTests {

    static final ShippingAddress DENPASAR = TestCheckouts.DENPASAR;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    ShippingRates rates;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aFoldedClothIsQuotedAsTheSmallParcelItShipsIn() {
        Artisan weaver = artisans.verified("51.05");
        // Spread out, the cloth is 200 × 110 × 1 cm: 3.7 kg by volume. Folded, it is a 30 × 20 × 4 cm parcel of 450 g.
        ProductView folded = artisans.published(weaver, aProduct().titled("Kain Endek Terlipat").limited(5)
                .packedIn(30, 20, 4, 450));
        ProductView unpacked = artisans.published(weaver, aProduct().titled("Kain Endek Terbentang").limited(5));

        ShippingQuote foldedQuote = jne(checkout.preview(buyerWith(folded), DENPASAR, Map.of()));
        ShippingQuote unpackedQuote = jne(checkout.preview(buyerWith(unpacked), DENPASAR, Map.of()));

        assertThat(foldedQuote.chargeableKilograms()).isEqualTo(1);
        assertThat(unpackedQuote.chargeableKilograms()).isEqualTo(4);
        assertThat(foldedQuote.cost().amount()).isLessThan(unpackedQuote.cost().amount());

        CartOwner buyer = buyerWith(folded);
        OrderView order = checkout.place(checkouts.of(buyer, DENPASAR)).orders().get(0);
        assertThat(order.shippingCost()).isEqualTo(rates.quote(weaver.businessId(), "51.05",
                Destination.home("51.71"), new Parcel(450, 30 * 20 * 4), order.courier()).orElseThrow().cost());
    }

    @Test
    void aProductFromBeforeParcelsKeepsItsQuoteAfterTheMigration() {
        Artisan weaver = artisans.verified("51.05");
        ProductView product = artisans.published(weaver, aProduct().titled("Kain Lama").limited(2)
                .packedIn(30, 20, 4, 450));
        CartOwner buyer = buyerWith(product);
        // Before V150 a quote went by the only size there was: 200 × 110 × 1 cm, 350 g.
        ShippingQuote before = rates.quote(weaver.businessId(), "51.05", Destination.home("51.71"),
                new Parcel(350, 200 * 110), Courier.JNE).orElseThrow();

        // PostgreSQL changes tables inside a transaction: take the table back to before V150, run V150, roll back.
        ShippingQuote migrated = transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                connection.createStatement().execute("ALTER TABLE catalog_product DROP COLUMN parcel_length_cm,"
                        + " DROP COLUMN parcel_width_cm, DROP COLUMN parcel_height_cm, DROP COLUMN parcel_weight_grams");
                ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V150__catalog_product_parcel.sql"));
                return null;
            });
            ProductView after = catalog.find(product.id()).orElseThrow();
            assertThat(after.parcelWeightGrams()).isEqualTo(after.weightGrams()).isEqualTo(350);
            assertThat(after.parcelLengthCm()).isEqualTo(after.lengthCm()).isEqualTo(200);
            return jne(checkout.preview(buyer, DENPASAR, Map.of()));
        });

        assertThat(migrated).isEqualTo(before);
        assertThat(migrated.chargeableKilograms()).isEqualTo(4);
        assertThat(jne(checkout.preview(buyer, DENPASAR, Map.of())).chargeableKilograms())
                .as("the artisan's own parcel, back after the rollback").isEqualTo(1);
    }

    private CartOwner buyerWith(ProductView product) {
        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, product.id(), 1);
        return buyer;
    }

    private static ShippingQuote jne(CheckoutPreview preview) {
        return preview.parts().get(0).options().stream().filter(option -> option.courier() == Courier.JNE)
                .findFirst().orElseThrow();
    }
}
