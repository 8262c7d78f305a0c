package id.kriya.catalog.search;

import static id.kriya.catalog.search.IndonesianCraftAnalyzerTests.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import id.kriya.artisan.Craft;
import id.kriya.catalog.Technique;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CraftVocabularyTests {

    private final Analyzer query = IndonesianCraftAnalyzer.forQueries();
    private final Analyzer index = new IndonesianCraftAnalyzer();

    @ParameterizedTest
    @CsvSource({"weaving,tenun", "woven,tenun", "silver,perak", "carving,ukir", "carved,ukir", "painting,lukis",
            "scarf,selendang", "scarves,selendang", "basket,anyam", "baskets,anyam", "mask,topeng", "masks,topeng",
            "pottery,gerabah", "wood,kayu", "gold,emas", "ring,cincin", "rings,cincin", "earrings,anting",
            "necklace,kalung", "bracelet,gelang", "bag,tas", "sarong,sarung", "sarong,kamben", "shirt,meja",
            "statue,patung", "sculpture,patung", "bowl,mangkuk", "plate,piring", "leather,kulit", "bamboo,bambu",
            "shell,kerang", "stone,batu", "puppet,wayang", "kite,layang", "jewellery,hias", "jewelry,hias",
            "accessories,aksesor", "Silver,perak", "boxes,kotak"})
    void anEnglishWordAlsoSearchesTheIndonesianStem(String english, String indonesianStem) throws IOException {
        assertThat(terms(query, english)).contains(indonesianStem);
    }

    @Test
    void theEnglishWordIsKeptAndTheIndexIsNeverExpanded() throws IOException {
        assertThat(terms(query, "silver")).contains("silver", "perak");
        assertThat(terms(index, "silver")).containsExactly("silver");
        assertThat(terms(index, "Cincin Perak")).containsExactly("cincin", "perak");
    }

    @Test
    void indonesianWordsPassAsTheyDid() throws IOException {
        for (String word : List.of("perak", "merak", "tenun", "menenun", "ukiran", "emas", "tas", "kain", "anyaman")) {
            assertThat(terms(query, word)).as(word).isEqualTo(terms(index, word));
        }
    }

    @Test
    void pluralsAreMadeAsEnglishMakesThem() {
        assertThat(CraftVocabulary.withPlurals("ring")).contains("ring", "rings");
        assertThat(CraftVocabulary.withPlurals("box")).contains("boxes");
        assertThat(CraftVocabulary.withPlurals("scarf")).contains("scarves");
        assertThat(CraftVocabulary.withPlurals("jewelry")).contains("jewelries");
        assertThat(CraftVocabulary.withPlurals("knife")).contains("knives");
        assertThat(CraftVocabulary.withPlurals("glass")).contains("glasses");
    }

    @Test
    void aMalformedLineIsRefusedAtStartRatherThanIgnored() {
        assertThatThrownBy(() -> CraftVocabulary.concepts(text("perak silver\n"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CraftVocabulary.concepts(text("perak = \n"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CraftVocabulary.concepts(text("perak = sterling silver\n")))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Every category and technique is found by the words of its English label, as the bundle spells it. */
    @Test
    void everyEnglishCategoryAndTechniqueLabelReachesItsIndonesianName() throws IOException {
        Properties english = bundle("/i18n/artisan_en.properties");
        english.putAll(bundle("/i18n/catalog_en.properties"));
        for (Craft craft : Craft.values()) {
            if (craft != Craft.LAINNYA) {
                assertReaches(english.getProperty("craft." + craft.name()), craft.name());
            }
        }
        for (Technique technique : Technique.values()) {
            if (technique != Technique.LAINNYA) {
                assertReaches(english.getProperty("technique." + technique.name()), technique.name());
            }
        }
    }

    private void assertReaches(String label, String name) throws IOException {
        assertThat(label).as(name).isNotNull();
        List<String> indexed = terms(index, name.toLowerCase(Locale.ROOT).replace('_', ' '));
        for (String word : label.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.isEmpty() || ProductSearch.meaningful(List.of(word, "x")).size() == 1) {
                continue;
            }
            assertThat(terms(query, word)).as(name + " ← " + label + ": " + word).containsAnyElementsOf(indexed);
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CraftVocabularyTests.class.getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
