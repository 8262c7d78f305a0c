package id.kriya.catalog.search;

import static id.kriya.catalog.ProductMother.aProduct;
import static id.kriya.catalog.search.SearchProductMother.marker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.Craft;
import id.kriya.catalog.ProductDetails;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.Technique;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an English visitor types finds what the Indonesian word would, against a small catalog titled in Indonesian
 * the way Bali's artisans title their pieces. Every query also carries the catalog's maker, a made-up word, so only
 * these products count. (The rattan bag is filed under "anyaman bambu", so "bamboo" finds it by its category.)
 */
@KriyaWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishSearchTests {

    static final String CLOTH = "Kain Tenun Ikat Gelgel";
    static final String SONGKET_SCARF = "Selendang Songket Benang Emas";
    static final String RING = "Cincin Perak Bunga Jepun";
    static final String EARRINGS = "Anting Perak Motif Naga";
    static final String NECKLACE = "Kalung Kerang Laut";
    static final String BRACELET = "Gelang Kulit Kepang";
    static final String MASK = "Topeng Ukiran Kayu Cempaka";
    static final String STATUE = "Patung Garuda Batu Padas";
    static final String PAINTING = "Lukisan Kamasan Wayang";
    static final String BASKET = "Keranjang Anyaman Bambu";
    static final String BOWL = "Mangkuk Gerabah Pejaten";
    static final String PLATE = "Piring Keramik Motif Bunga";
    static final String BAG = "Tas Anyaman Rotan Bulat";
    static final String SHIRT = "Kemeja Endek Pria";
    static final String KAMBEN = "Kamben Songket Tradisional";
    static final String KITE = "Layang-Layang Bebean";
    static final String PUPPET = "Wayang Kulit Arjuna";

    @Autowired
    ProductSearch search;

    @Autowired
    ProductManagement products;

    @Autowired
    TestArtisans artisans;

    String maker;

    @BeforeAll
    void aSmallCatalogInIndonesian() {
        maker = marker();
        Artisan me = artisans.payable(artisans.verified());
        add(me, CLOTH, Craft.TENUN_ENDEK, List.of("katun", "pewarna alam"), Technique.TENUN_IKAT_ATBM);
        add(me, SONGKET_SCARF, Craft.SONGKET, List.of("sutra", "benang emas"), Technique.SONGKET);
        add(me, RING, Craft.PERAK_PERHIASAN, List.of("perak 925"), Technique.FILIGREE);
        add(me, EARRINGS, Craft.PERAK_PERHIASAN, List.of("perak"), Technique.TEMPA_PERAK);
        add(me, NECKLACE, Craft.LAINNYA, List.of("kerang", "tali"), Technique.LAINNYA);
        add(me, BRACELET, Craft.FASHION, List.of("kulit sapi"), Technique.JAHIT_TANGAN);
        add(me, MASK, Craft.UKIRAN_KAYU, List.of("kayu cempaka"), Technique.UKIR_TANGAN);
        add(me, STATUE, Craft.PATUNG_BATU, List.of("batu padas"), Technique.PAHAT_TANGAN);
        add(me, PAINTING, Craft.LUKISAN, List.of("kain kanvas", "pewarna alam"), Technique.LUKIS_TANGAN);
        add(me, BASKET, Craft.ANYAMAN_BAMBU, List.of("bambu"), Technique.ANYAMAN_TANGAN);
        add(me, BOWL, Craft.GERABAH_KERAMIK, List.of("tanah liat"), Technique.GERABAH_PUTAR);
        add(me, PLATE, Craft.GERABAH_KERAMIK, List.of("keramik"), Technique.LUKIS_TANGAN);
        add(me, BAG, Craft.ANYAMAN_BAMBU, List.of("rotan", "kulit"), Technique.ANYAMAN_TANGAN);
        add(me, SHIRT, Craft.FASHION, List.of("katun"), Technique.JAHIT_TANGAN);
        add(me, KAMBEN, Craft.SONGKET, List.of("sutra"), Technique.SONGKET);
        add(me, KITE, Craft.LAINNYA, List.of("bambu", "kain parasut"), Technique.LAINNYA);
        add(me, PUPPET, Craft.LAINNYA, List.of("kulit kerbau"), Technique.PAHAT_TANGAN);
    }

    private void add(Artisan artisan, String title, Craft category, List<String> materials, Technique technique) {
        ProductDetails d = aProduct().details();
        long id = products.create(artisan.user().id(), new ProductDetails(title, "Karya " + title + ".", null, category,
                materials, technique, maker, null, null, d.lengthCm(), d.widthCm(), d.heightCm(), d.weightGrams(),
                Rupiah.of(500_000), d.stockKind(), d.stock(), d.leadTimeDays()));
        artisans.withPhoto(artisan, id);
        products.publish(artisan.user().id(), id);
    }

    List<String> find(String typed) {
        return search.search(SearchCriteria.parse(typed + " " + maker, null, null, null, null, null, null, null, null, null))
                .hits().stream().map(SearchResults.Hit::title).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            weaving               | Kain Tenun Ikat Gelgel; Selendang Songket Benang Emas; Keranjang Anyaman Bambu; Tas Anyaman Rotan Bulat; Kemeja Endek Pria; Kamben Songket Tradisional
            woven                 | Kain Tenun Ikat Gelgel; Selendang Songket Benang Emas; Keranjang Anyaman Bambu; Tas Anyaman Rotan Bulat; Kemeja Endek Pria; Kamben Songket Tradisional
            silver                | Cincin Perak Bunga Jepun; Anting Perak Motif Naga
            silver rings          | Cincin Perak Bunga Jepun
            silver and filigree   | Cincin Perak Bunga Jepun
            earrings              | Anting Perak Motif Naga
            jewellery             | Cincin Perak Bunga Jepun; Anting Perak Motif Naga
            necklace              | Kalung Kerang Laut
            shell                 | Kalung Kerang Laut
            bracelet              | Gelang Kulit Kepang
            leather               | Gelang Kulit Kepang; Tas Anyaman Rotan Bulat; Wayang Kulit Arjuna
            carved mask           | Topeng Ukiran Kayu Cempaka
            masks                 | Topeng Ukiran Kayu Cempaka
            wood                  | Topeng Ukiran Kayu Cempaka
            carving               | Topeng Ukiran Kayu Cempaka; Patung Garuda Batu Padas
            stone statue          | Patung Garuda Batu Padas
            sculpture             | Patung Garuda Batu Padas
            paintings             | Lukisan Kamasan Wayang; Piring Keramik Motif Bunga
            scarf                 | Selendang Songket Benang Emas
            scarves               | Selendang Songket Benang Emas
            gold                  | Selendang Songket Benang Emas
            baskets               | Keranjang Anyaman Bambu; Tas Anyaman Rotan Bulat
            pottery               | Mangkuk Gerabah Pejaten; Piring Keramik Motif Bunga
            ceramics              | Mangkuk Gerabah Pejaten; Piring Keramik Motif Bunga
            bowls                 | Mangkuk Gerabah Pejaten
            plate                 | Piring Keramik Motif Bunga
            bamboo                | Keranjang Anyaman Bambu; Tas Anyaman Rotan Bulat; Layang-Layang Bebean
            bag                   | Tas Anyaman Rotan Bulat
            shirt                 | Kemeja Endek Pria
            sarong                | Kamben Songket Tradisional
            kite                  | Layang-Layang Bebean
            puppet                | Lukisan Kamasan Wayang; Wayang Kulit Arjuna
            silk                  | Selendang Songket Benang Emas; Kamben Songket Tradisional
            natural dye           | Kain Tenun Ikat Gelgel; Lukisan Kamasan Wayang
            hand carved           | Topeng Ukiran Kayu Cempaka
            """)
    void anEnglishQueryFindsWhatItsIndonesianWordWould(String typed, String expected) {
        assertThat(find(typed.strip())).as(typed).containsExactlyInAnyOrder(expected.strip().split("\\s*;\\s*"));
    }

    @Test
    void indonesianQueriesStillBehave() {
        assertThat(find("perak")).containsExactlyInAnyOrder(RING, EARRINGS);
        assertThat(find("cincin perak")).containsExactly(RING);
        assertThat(find("menenun")).containsExactly(CLOTH);
        assertThat(find("anyaman")).containsExactlyInAnyOrder(BASKET, BAG);
        assertThat(find("selendng")).as("a typing mistake is still forgiven").containsExactly(SONGKET_SCARF);
        assertThat(find("merak")).as("perak's neighbour finds nothing here, not the silver").isEmpty();
        assertThat(find("tas rotan")).containsExactly(BAG);
        assertThat(find("kain dan selendang")).as("a stop word between two words").isEmpty();
        assertThat(find("selendang dan songket")).containsExactly(SONGKET_SCARF);
    }
}
