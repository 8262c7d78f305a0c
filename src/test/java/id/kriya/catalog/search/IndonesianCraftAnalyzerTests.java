package id.kriya.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianCraftAnalyzerTests {

    private final Analyzer analyzer = new IndonesianCraftAnalyzer();

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @ParameterizedTest
    @CsvSource({"tenunan,tenun", "penenun,tenun", "ditenun,tenun", "bertenun,tenun", "menenun,tenun",
            "mengukir,ukir", "ukiran,ukir", "menyulam,sulam", "sulaman,sulam", "memahat,pahat", "Menenun,tenun"})
    void affixedWordsReachTheStemABuyerMeans(String typed, String stem) throws IOException {
        assertThat(terms(analyzer, typed)).contains(stem);
        assertThat(terms(analyzer, stem)).contains(stem);
    }

    @Test
    void stockStemmerLosesTheTOfMenenunAndOursKeepsIt() throws IOException {
        assertThat(terms(new IndonesianAnalyzer(), "menenun")).containsExactly("enun");
        assertThat(terms(analyzer, "menenun")).contains("enun", "tenun");
    }

    @Test
    void restoredStemSitsAtTheSamePositionAsTheWord() throws IOException {
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", "kain menenun")) {
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                increments.add(position.getPositionIncrement());
            }
            stream.end();
        }
        assertThat(increments).containsExactly(1, 1, 0);
    }

    @Test
    void stopWordsAndCaseDoNotMatter() throws IOException {
        assertThat(terms(analyzer, "Kain YANG ditenun dan diukir")).contains("kain", "tenun", "ukir").doesNotContain("yang", "dan");
    }
}
