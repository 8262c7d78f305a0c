package id.kriya.catalog.search;

import static id.kriya.catalog.search.SearchProductMother.marker;
import static id.kriya.catalog.search.SearchProductMother.product;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.Craft;
import id.kriya.catalog.ProductDetails;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.Technique;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class ProductSearchTests {

    @Autowired
    ProductSearch search;

    @Autowired
    ProductManagement products;

    @Autowired
    TestArtisans artisans;

    long publish(Artisan artisan, ProductDetails details) {
        long id = products.create(artisan.user().id(), details);
        artisans.withPhoto(artisan, id);
        artisans.payable(artisan);
        products.publish(artisan.user().id(), id);
        return id;
    }

    SearchResults find(String q) {
        return search.search(SearchCriteria.parse(q, null, null, null, null, null, null, null, null, null));
    }

    List<String> titles(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::title).toList();
    }

    @Test
    void everyAffixedFormOfTenunFindsAWovenCloth() {
        String maker = marker();
        Artisan me = artisans.verified();
        publish(me, product("Kain Tenun Ikat Gelgel", Craft.TENUN_ENDEK, List.of("katun"), Technique.TENUN_IKAT_ATBM,
                maker, 900_000));

        for (String typed : List.of("tenun", "tenunan", "penenun", "ditenun", "bertenun", "menenun")) {
            assertThat(titles(find(typed + " " + maker))).as(typed).containsExactly("Kain Tenun Ikat Gelgel");
        }
    }

    @Test
    void carvingAndEmbroideryAreFoundByTheirVerbs() {
        String maker = marker();
        Artisan me = artisans.verified();
        publish(me, product("Topeng Ukiran Kayu Cempaka", Craft.UKIRAN_KAYU, List.of("kayu cempaka"),
                Technique.UKIR_TANGAN, maker, 400_000));
        publish(me, product("Selendang Sulaman Benang Emas", Craft.FASHION, List.of("sutra"), Technique.JAHIT_TANGAN,
                maker, 600_000));

        assertThat(titles(find("mengukir " + maker))).containsExactly("Topeng Ukiran Kayu Cempaka");
        assertThat(titles(find("menyulam " + maker))).containsExactly("Selendang Sulaman Benang Emas");
    }

    @Test
    void aWordSpelledRightFindsItselfNotItsNearNeighbours() {
        String maker = marker();
        Artisan me = artisans.verified();
        publish(me, product("Cincin Perak Bunga Jepun", Craft.PERAK_PERHIASAN, List.of("perak 925"), Technique.FILIGREE,
                maker, 450_000));
        publish(me, product("Selendang Songket Motif Merak", Craft.SONGKET, List.of("sutra"), Technique.SONGKET,
                maker, 2_500_000));

        assertThat(titles(find("perak " + maker))).containsExactly("Cincin Perak Bunga Jepun");
        assertThat(titles(find("merak " + maker))).containsExactly("Selendang Songket Motif Merak");
        assertThat(titles(find("cincn perak " + maker))).containsExactly("Cincin Perak Bunga Jepun");
    }

    @Test
    void aTypingMistakeIsForgiven() {
        String maker = marker();
        publish(artisans.verified(), product("Selendang Songket Benang Emas", Craft.SONGKET, List.of("sutra"),
                Technique.SONGKET, maker, 2_000_000));

        assertThat(titles(find("songkt " + maker))).containsExactly("Selendang Songket Benang Emas");
        assertThat(titles(find("sngket " + maker))).containsExactly("Selendang Songket Benang Emas");
    }

    @Test
    void draftsAndUnpublishedProductsAreNeverFound() {
        String maker = marker();
        Artisan me = artisans.verified();
        products.create(me.user().id(), product("Kain Draf", Craft.TENUN_ENDEK, List.of("katun"),
                Technique.TENUN_MESIN, maker, 100_000));
        long withdrawn = publish(me, product("Kain Ditarik", Craft.TENUN_ENDEK, List.of("katun"),
                Technique.TENUN_MESIN, maker, 100_000));
        assertThat(titles(find(maker))).containsExactly("Kain Ditarik");

        products.unpublish(me.user().id(), withdrawn);
        assertThat(find(maker).total()).isZero();
    }

    @Test
    void aPublishedProductIsSearchableWithinTwoSeconds() throws InterruptedException {
        String maker = marker();
        Artisan me = artisans.verified();
        long id = products.create(me.user().id(), product("Kamen Endek Baru", Craft.TENUN_ENDEK, List.of("sutra"),
                Technique.TENUN_IKAT_ATBM, maker, 750_000));
        assertThat(find(maker).total()).isZero();

        long published = System.nanoTime();
        artisans.withPhoto(me, id);
        artisans.payable(me);
        products.publish(me.user().id(), id);
        while (find(maker).total() == 0 && System.nanoTime() - published < Duration.ofSeconds(2).toNanos()) {
            Thread.sleep(20);
        }
        assertThat(titles(find(maker))).containsExactly("Kamen Endek Baru");
        assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void facetsCountWhatMatchedAndFiltersNarrowIt() {
        String maker = marker();
        Artisan bali = artisans.verified("51.07");
        publish(bali, product("Songket Satu", Craft.SONGKET, List.of("sutra", "benang emas"), Technique.SONGKET, maker, 3_000_000));
        publish(bali, product("Songket Dua", Craft.SONGKET, List.of("katun"), Technique.SONGKET, maker, 800_000));
        publish(bali, product("Endek Tiga", Craft.TENUN_ENDEK, List.of("katun"), Technique.TENUN_IKAT_ATBM, maker, 200_000));

        SearchResults all = find(maker);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().categories()).extracting(SearchResults.Facet::value, SearchResults.Facet::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SONGKET", 2L),
                        org.assertj.core.groups.Tuple.tuple("TENUN_ENDEK", 1L));
        assertThat(all.facets().materials()).extracting(SearchResults.Facet::value, SearchResults.Facet::count)
                .contains(org.assertj.core.groups.Tuple.tuple("katun", 2L), org.assertj.core.groups.Tuple.tuple("sutra", 1L));
        assertThat(all.facets().prices()).extracting(SearchResults.PriceFacet::count).containsExactly(1L, 1L, 1L, 0L);
        assertThat(all.facets().inStock()).isEqualTo(3);

        SearchResults songket = search.search(SearchCriteria.parse(maker, "SONGKET", null, "Katun", null, null, null,
                null, null, null));
        assertThat(titles(songket)).containsExactly("Songket Dua");
        SearchResults cheap = search.search(SearchCriteria.parse(maker, null, "51.07", null, "100000", "900000", "true",
                "price_asc", null, null));
        assertThat(titles(cheap)).containsExactly("Endek Tiga", "Songket Dua");
        SearchResults dear = search.search(SearchCriteria.parse(maker, null, null, null, null, null, null, "price_desc",
                null, null));
        assertThat(titles(dear)).containsExactly("Songket Satu", "Songket Dua", "Endek Tiga");
        SearchResults newest = search.search(SearchCriteria.parse(maker, null, null, null, null, null, null, "newest",
                null, null));
        assertThat(titles(newest)).containsExactly("Endek Tiga", "Songket Dua", "Songket Satu");
        SearchResults secondPage = search.search(SearchCriteria.parse(maker, null, null, null, null, null, null,
                "price_asc", "1", "2"));
        assertThat(titles(secondPage)).containsExactly("Songket Satu");
        assertThat(secondPage.totalPages()).isEqualTo(2);
    }

    @Test
    void luceneSyntaxIsJustPunctuation() {
        for (String typed : List.of("*:*", "/.*/", "*songket", "\"songket", "title:songket OR", "((", "\\", "~2 ^3")) {
            SearchResults results = find(typed);
            assertThat(results.total()).as(typed).isGreaterThanOrEqualTo(0);
        }
        assertThat(find("*:*").criteria().notices()).containsExactly("search.notice.noWords");
    }
}
