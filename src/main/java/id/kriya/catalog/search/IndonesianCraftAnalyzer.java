package id.kriya.catalog.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Indonesian as buyers type it: Lucene's Indonesian stop words and stemmer, with {@link IndonesianAffixFilter}
 * before the stemmer so that menenun, menyulam and memahat also reach tenun, sulam and pahat.
 * <p>
 * The query side ({@link #forQueries()}) also reads English: after the stop words, {@link CraftVocabulary}'s
 * synonyms put the Indonesian words beside an English one at its position (silver → silver + perak), and those then
 * pass through the same affix filter and stemmer as the index, so "paintings" finds what "lukisan" finds. Index-side
 * text is never expanded: the index stays as artisans wrote it and a better vocabulary needs no reindexing.
 */
public final class IndonesianCraftAnalyzer extends Analyzer {

    private final SynonymMap vocabulary;

    /** The index side: Indonesian only. */
    public IndonesianCraftAnalyzer() {
        this(null);
    }

    private IndonesianCraftAnalyzer(SynonymMap vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The query side: Indonesian, and English words of the craft vocabulary. */
    public static IndonesianCraftAnalyzer forQueries() {
        return new IndonesianCraftAnalyzer(CraftVocabulary.map());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, IndonesianAnalyzer.getDefaultStopSet());
        if (vocabulary != null) {
            stream = new SynonymGraphFilter(stream, vocabulary, true);
        }
        stream = new IndonesianAffixFilter(stream);
        stream = new IndonesianStemFilter(stream, true);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
