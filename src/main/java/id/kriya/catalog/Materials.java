package id.kriya.catalog;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Materials as artisans type them, normalised so that "Sutra", " sutra " and "SUTRA" are one material:
 * lower case, single spaces, letters, digits, spaces, hyphens and slashes only ("perak 925", "kayu cempaka").
 */
public final class Materials {

    private Materials() {
    }

    /** Splits on commas, semicolons and new lines; drops empties and repeats, keeping the order typed. */
    public static List<String> parse(String typed) {
        Set<String> materials = new LinkedHashSet<>();
        if (typed != null) {
            for (String part : typed.split("[,;\\n]")) {
                String material = normalise(part);
                if (!material.isEmpty()) {
                    materials.add(material);
                }
            }
        }
        return List.copyOf(materials);
    }

    public static String normalise(String material) {
        return Normalizer.normalize(material, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} /-]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    public static String join(List<String> materials) {
        return String.join(", ", materials);
    }
}
