package id.kriya.catalog.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * The bilingual craft vocabulary of {@code craft-vocabulary.txt}: for each English word a visitor may type, the
 * Indonesian words it should also find (silver → perak, scarves → selendang). One concept a line,
 * {@code indonesian, words = english, words}; {@code #} starts a comment. English plurals are made here, so the
 * file lists singulars: a visitor typing "rings" or "scarves" is understood without an English stemmer, which would
 * cut Indonesian words too (emas → ema, tas → ta).
 */
final class CraftVocabulary {

    static final String RESOURCE = "craft-vocabulary.txt";

    private static final SynonymMap MAP = load();

    private CraftVocabulary() {
    }

    /** The English → Indonesian map for a {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter}. */
    static SynonymMap map() {
        return MAP;
    }

    /** One concept: the Indonesian words and the English words (singular) that should find them. */
    record Concept(List<String> indonesian, List<String> english) {
    }

    static List<Concept> concepts(InputStream in) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] sides = text.split("=", -1);
            if (sides.length != 2) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'indonesian = english'");
            }
            List<String> indonesian = words(sides[0]);
            List<String> english = words(sides[1]);
            if (indonesian.isEmpty() || english.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": a side is empty");
            }
            concepts.add(new Concept(indonesian, english));
        }
        return concepts;
    }

    /** The singular and the plurals English may make of it: ring(s), box(es), scarf/scarves, jewelry/jewelries. */
    static Set<String> withPlurals(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(word + "s");
        if (word.matches(".*(s|x|z|ch|sh|o)")) {
            forms.add(word + "es");
        }
        if (word.matches(".*[^aeiou]y")) {
            forms.add(word.substring(0, word.length() - 1) + "ies");
        }
        if (word.endsWith("fe")) {
            forms.add(word.substring(0, word.length() - 2) + "ves");
        } else if (word.endsWith("f")) {
            forms.add(word.substring(0, word.length() - 1) + "ves");
        }
        return forms;
    }

    private static List<String> words(String side) {
        List<String> words = new ArrayList<>();
        for (String word : side.split(",")) {
            String clean = word.strip().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                if (!clean.matches("[a-z]+")) {
                    throw new IllegalStateException(RESOURCE + ": one plain word at a time, not '" + clean + "'");
                }
                words.add(clean);
            }
        }
        return words;
    }

    private static SynonymMap load() {
        try (InputStream in = CraftVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (Concept concept : concepts(in)) {
                for (String english : concept.english()) {
                    for (String form : withPlurals(english)) {
                        for (String indonesian : concept.indonesian()) {
                            if (!indonesian.equals(form)) {
                                builder.add(new CharsRef(form), new CharsRef(indonesian), true);
                            }
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
