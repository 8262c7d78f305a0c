package id.kriya.catalog;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import id.kriya.media.PhotoId;

import org.junit.jupiter.api.Test;

class ProductTests {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    /** A draft with one photo, ready to publish. */
    static Product draft(ProductMother mother) {
        Product product = withoutPhotos(mother);
        product.addPhoto(aPhoto(), NOW);
        return product;
    }

    static Product withoutPhotos(ProductMother mother) {
        ProductDetails details = mother.details();
        return new Product(7, "kain", new ProductDetails(details.title(), details.storyId(), details.storyEn(),
                details.category(), details.materials(), details.technique(), details.maker(), "Gelgel", "51.05",
                details.lengthCm(), details.widthCm(), details.heightCm(), details.weightGrams(), details.price(),
                details.stockKind(), details.stock(), details.leadTimeDays()), NOW);
    }

    @Test
    void newProductIsADraftAndPublishes() {
        Product product = draft(aProduct());
        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.publish(NOW)).isFalse();
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void publishedProductCannotBePublishedTwice() {
        Product product = draft(aProduct());
        product.publish(NOW);
        assertThatThrownBy(() -> product.publish(NOW)).isInstanceOf(ProductRuleException.class)
                .hasMessage("catalog.rule.notDraft");
    }

    @Test
    void unpublishingReturnsToDraft() {
        Product product = draft(aProduct());
        product.publish(NOW);
        product.unpublish(NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThatThrownBy(() -> product.unpublish(NOW)).isInstanceOf(ProductRuleException.class);
    }

    @Test
    void hiddenProductComesBackOnlyAfterTheArtisanChangedIt() {
        Product product = draft(aProduct());
        product.publish(NOW);
        product.hide(99, "Foto tidak sesuai dengan barang.", NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.HIDDEN);
        assertThat(product.toView().hiddenReason()).isEqualTo("Foto tidak sesuai dengan barang.");
        assertThatThrownBy(() -> product.publish(NOW)).hasMessage("catalog.rule.fixFirst");

        product.change(product.toDetails(), NOW);
        assertThat(product.publish(NOW)).isTrue();
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(product.toView().hiddenReason()).isNull();
    }

    @Test
    void theCouncilPutsBackAProductItHidUnchangedAndOnlyAHiddenOne() {
        Product product = draft(aProduct().oneOfAKind());
        product.publish(NOW);
        assertThatThrownBy(() -> product.restore(NOW)).hasMessage("catalog.rule.notHidden");
        product.hide(99, "Foto ini juga dipakai toko lain.", NOW);

        product.restore(NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(product.toView().hiddenReason()).isNull();
        assertThatThrownBy(() -> product.restore(NOW)).hasMessage("catalog.rule.notHidden");
    }

    @Test
    void theCertifiedMarkIsTrustsWordAndNoChangeOfTheArtisans() {
        Product product = draft(aProduct());
        product.publish(NOW);
        product.hide(99, "Foto ini juga dipakai toko lain.", NOW);
        product.markCertified(true);
        assertThat(product.toView().certified()).isTrue();
        assertThat(product.toView().changedSinceHidden()).isFalse();
        product.markCertified(false);
        assertThat(product.toView().certified()).isFalse();
    }

    @Test
    void hidingNeedsAReasonOfTenToFiveHundredCharacters() {
        Product product = draft(aProduct());
        product.publish(NOW);
        assertThatThrownBy(() -> product.hide(99, "jelek", NOW)).hasMessage("catalog.hide.reason.size");
        assertThatThrownBy(() -> product.hide(99, "x".repeat(501), NOW)).hasMessage("catalog.hide.reason.size");
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void draftCannotBeHidden() {
        assertThatThrownBy(() -> draft(aProduct()).hide(99, "Foto tidak sesuai.", NOW)).hasMessage("catalog.rule.notPublished");
    }

    @Test
    void stockedProductSellsOutWithItsLastPiece() {
        Product product = draft(aProduct().limited(2));
        product.publish(NOW);
        product.takeFromStock(1, NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
        product.takeFromStock(1, NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.SOLD_OUT);
        assertThat(product.toView().stock()).isZero();
    }

    @Test
    void uniquePieceIsSoldOnce() {
        Product product = draft(aProduct().oneOfAKind());
        product.publish(NOW);
        product.takeFromStock(1, NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.SOLD_OUT);
        product.change(product.toDetails(), NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.SOLD_OUT);
    }

    @Test
    void madeToOrderNeverSellsOut() {
        Product product = draft(aProduct().madeToOrder(14));
        product.publish(NOW);
        product.takeFromStock(50, NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(product.toView().leadTimeDays()).isEqualTo(14);
    }

    @Test
    void restockingASoldOutProductPutsItBackOnSale() {
        Product product = draft(aProduct().limited(1));
        product.publish(NOW);
        product.takeFromStock(1, NOW);
        ProductDetails more = aProduct().limited(5).details();
        product.change(new ProductDetails(more.title(), more.storyId(), null, more.category(), more.materials(),
                more.technique(), more.maker(), "Gelgel", "51.05", 200, 110, 1, 350, more.price(), more.stockKind(), 5, null), NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void archivedProductIsNeitherChangedNorArchivedAgain() {
        Product product = draft(aProduct());
        product.archive(NOW);
        assertThatThrownBy(() -> product.archive(NOW)).hasMessage("catalog.rule.archived");
        assertThatThrownBy(() -> product.change(product.toDetails(), NOW)).hasMessage("catalog.rule.archived");
        assertThatThrownBy(() -> product.publish(NOW)).hasMessage("catalog.rule.notDraft");
    }

    @Test
    void refusesOutOfRangeValuesEvenWithoutTheForm() {
        assertThatThrownBy(() -> draft(aProduct().pricedAt(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draft(aProduct().pricedAt(1_000_000_001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draft(aProduct().limited(10_001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draft(aProduct().madeToOrder(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisesMaterialsAsTyped() {
        assertThat(Materials.parse(" Sutra, KATUN;  perak   925\nkayu cempaka, sutra,, ")).containsExactly("sutra", "katun", "perak 925", "kayu cempaka");
    }

    @Test
    void slugsComeFromTitlesAndStayFree() {
        assertThat(ProductSlugs.of("Kain Endek Sutra — Motif Cepuk!")).isEqualTo("kain-endek-sutra-motif-cepuk");
        assertThat(ProductSlugs.free("kain", java.util.List.of("kain", "kain-2"))).isEqualTo("kain-3");
    }

    static PhotoId aPhoto() {
        return new PhotoId(UUID.randomUUID());
    }

    @Test
    void draftWithoutPhotoIsNotPublished() {
        Product product = withoutPhotos(aProduct());
        assertThatThrownBy(() -> product.publish(NOW)).hasMessage("catalog.rule.noPhoto");
        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void firstPhotoIsTheCoverAndPhotosMoveOnePlace() {
        Product product = withoutPhotos(aProduct());
        PhotoId first = aPhoto();
        PhotoId second = aPhoto();
        PhotoId third = aPhoto();
        product.addPhoto(first, NOW);
        product.addPhoto(second, NOW);
        product.addPhoto(third, NOW);
        assertThat(product.toView().coverId()).isEqualTo(first);
        product.movePhoto(third, -1, NOW);
        assertThat(product.toView().photoIds()).containsExactly(first, third, second);
        product.movePhoto(first, -1, NOW);
        assertThat(product.toView().photoIds()).containsExactly(first, third, second);
        product.movePhoto(first, 1, NOW);
        assertThat(product.toView().coverId()).isEqualTo(third);
        product.removePhoto(third, NOW);
        assertThat(product.toView().photoIds()).containsExactly(first, second);
    }

    @Test
    void productTakesAtMostTenPhotos() {
        Product product = withoutPhotos(aProduct());
        for (int i = 0; i < 10; i++) {
            product.addPhoto(aPhoto(), NOW);
        }
        assertThatThrownBy(() -> product.addPhoto(aPhoto(), NOW)).hasMessage("catalog.photos.tooMany");
        assertThat(product.toView().photoIds()).hasSize(10);
    }

    @Test
    void publicProductKeepsItsLastPhoto() {
        Product product = draft(aProduct());
        product.publish(NOW);
        PhotoId only = product.toView().coverId();
        assertThatThrownBy(() -> product.removePhoto(only, NOW)).hasMessage("catalog.rule.lastPhoto");
        assertThat(product.toView().photoIds()).containsExactly(only);
    }
}
