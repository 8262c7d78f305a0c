package id.kriya.catalog;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.TestArtisans.Artisan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@KriyaWebTest
class ProductStockTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductStock stock;

    @Autowired
    ProductManagement products;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void takingTheOnlyPieceSellsItOutAndNobodyGetsItTwice() {
        Artisan me = artisans.verified();
        ProductView piece = artisans.published(me, aProduct().oneOfAKind());

        transactions.executeWithoutResult(tx -> stock.take(piece.id(), 1));

        assertThat(artisans.reload(me, piece.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> stock.take(piece.id(), 1)))
                .isInstanceOfSatisfying(NotEnoughStockException.class, e -> assertThat(e.available()).isZero());
    }

    @Test
    void puttingBackAnUnpaidPiecePutsItOnSaleAgain() {
        Artisan me = artisans.verified();
        ProductView piece = artisans.published(me, aProduct().oneOfAKind());
        transactions.executeWithoutResult(tx -> stock.take(piece.id(), 1));

        transactions.executeWithoutResult(tx -> stock.putBack(piece.id(), 1));

        ProductView again = artisans.reload(me, piece.id());
        assertThat(again.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(again.stock()).isEqualTo(1);
    }

    @Test
    void aLimitedProductSellsWhatItHasAndSaysHowManyAreLeft() {
        Artisan me = artisans.verified();
        ProductView bowls = artisans.published(me, aProduct().limited(3));

        transactions.executeWithoutResult(tx -> stock.take(bowls.id(), 2));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> stock.take(bowls.id(), 2)))
                .isInstanceOfSatisfying(NotEnoughStockException.class, e -> assertThat(e.available()).isEqualTo(1));
        assertThat(artisans.reload(me, bowls.id()).stock()).isEqualTo(1);
    }

    @Test
    void aRolledBackSaleTakesNothing() {
        Artisan me = artisans.verified();
        ProductView piece = artisans.published(me, aProduct().oneOfAKind());

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            stock.take(piece.id(), 1);
            throw new IllegalStateException("the order could not be written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(artisans.reload(me, piece.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void aDraftOrHiddenProductIsNotForSale() {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct().limited(5));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> stock.take(draft.id(), 1)))
                .isInstanceOfSatisfying(NotEnoughStockException.class, e -> assertThat(e.available()).isZero());
    }

    @Test
    void stockIsOnlyTakenInsideTheCallersTransaction() {
        assertThatThrownBy(() -> stock.take(1, 1)).isInstanceOf(IllegalTransactionStateException.class);
    }
}
