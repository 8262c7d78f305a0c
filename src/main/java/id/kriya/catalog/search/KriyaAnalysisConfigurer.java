package id.kriya.catalog.search;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the product index: Indonesian (with the meN-/peN- fix), its query side that also understands
 * English craft words, English, and a keyword normaliser.
 */
public class KriyaAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String INDONESIAN = "kriya_indonesian";
    /** Indonesian fields searched with English too: the craft vocabulary's synonyms, at query time only. */
    static final String INDONESIAN_QUERY = "kriya_indonesian_query";
    static final String ENGLISH = "kriya_english";
    static final String LOWERCASE = "kriya_lowercase";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(INDONESIAN).instance(new IndonesianCraftAnalyzer());
        context.analyzer(INDONESIAN_QUERY).instance(IndonesianCraftAnalyzer.forQueries());
        context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
        context.normalizer(LOWERCASE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
