package id.kriya.catalog.search;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analysers of the product index: Indonesian (with the meN-/peN- fix), English, and a keyword normaliser. */
public class KriyaAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String INDONESIAN = "kriya_indonesian";
    static final String ENGLISH = "kriya_english";
    static final String LOWERCASE = "kriya_lowercase";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(INDONESIAN).instance(new IndonesianCraftAnalyzer());
        context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
        context.normalizer(LOWERCASE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
