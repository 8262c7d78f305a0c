package id.kriya.catalog.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Puts back the first consonant that the prefixes meN- and peN- swallow (Indonesian morphophonemics):
 * menenun → tenun, menyulam → sulam, mengukir → kukir (beside the stock "ukir"), memahat → pahat, penenun → tenun.
 * The word itself passes on unchanged; each restored form follows it at the same position, so the stemmer
 * after this filter stems both and either may match. The stock stem of menenun ("enun") matches nothing real.
 * Runs on lower-case tokens.
 */
final class IndonesianAffixFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    IndonesianAffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.pop());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        for (String restored : restorations(word)) {
            pending.add(restored);
        }
        if (!pending.isEmpty()) {
            current = captureState();
        }
        return true;
    }

    /** The stems a meN-/peN- word may come from, with the swallowed consonant put back. */
    static java.util.List<String> restorations(String word) {
        java.util.List<String> out = new java.util.ArrayList<>(2);
        for (String prefix : new String[] {"me", "pe"}) {
            if (!word.startsWith(prefix) || word.length() < prefix.length() + 4) {
                continue;
            }
            String rest = word.substring(prefix.length());
            if (rest.startsWith("ny") && vowelAt(rest, 2)) {
                out.add("s" + rest.substring(2));          // menyulam → sulam
            } else if (rest.startsWith("ng") && vowelAt(rest, 2)) {
                out.add("k" + rest.substring(2));          // mengirim → kirim (mengukir → ukir is the stock stem)
            } else if (rest.startsWith("n") && vowelAt(rest, 1)) {
                out.add("t" + rest.substring(1));          // menenun → tenun
            } else if (rest.startsWith("m") && vowelAt(rest, 1)) {
                out.add("p" + rest.substring(1));          // memahat → pahat
            }
        }
        return out;
    }

    private static boolean vowelAt(String s, int i) {
        return i < s.length() && "aeiou".indexOf(s.charAt(i)) >= 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
