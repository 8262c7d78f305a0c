package id.kriya.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kriya.artisan.Craft;
import id.kriya.catalog.Materials;

/**
 * What a visitor asked for, read from raw request parameters that may be anything. Nothing here throws: a value
 * that makes no sense is dropped and a notice (a message key) says so. The query is cut to plain words, so
 * Lucene syntax ({@code *:*}, {@code /.*}{@code /}, a leading {@code *}, quotes) is just punctuation.
 */
public record SearchCriteria(String query, List<String> words, Craft category, String regency, String material,
                             Long minPrice, Long maxPrice, Boolean inStock, SearchSort sort, int page, int size,
                             List<String> notices, Boolean curated) {

    public static final int QUERY_MAX = 200;
    public static final int WORDS_MAX = 12;
    public static final int SIZE_DEFAULT = 12;
    public static final int SIZE_MAX = 50;
    public static final int PAGE_MAX = 1000;

    public static SearchCriteria parse(String q, String category, String regency, String material, String minPrice,
                                       String maxPrice, String inStock, String sort, String page, String size) {
        return parse(q, category, regency, material, minPrice, maxPrice, inStock, sort, page, size, null);
    }

    /** As above, with {@code curated=true} for products carrying the curators' mark only. */
    public static SearchCriteria parse(String q, String category, String regency, String material, String minPrice,
                                       String maxPrice, String inStock, String sort, String page, String size,
                                       String curated) {
        List<String> notices = new ArrayList<>();
        String query = q == null ? "" : q.strip();
        if (query.length() > QUERY_MAX) {
            query = query.substring(0, QUERY_MAX);
            notices.add("search.notice.queryTruncated");
        }
        List<String> words = new ArrayList<>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.size() < WORDS_MAX) {
                words.add(word);
            }
        }
        if (!query.isEmpty() && words.isEmpty()) {
            notices.add("search.notice.noWords");
        }
        Craft craft = null;
        if (present(category)) {
            try {
                craft = Craft.valueOf(category.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                notices.add("search.notice.unknownCategory");
            }
        }
        String area = null;
        if (present(regency)) {
            if (regency.strip().matches("\\d{2}\\.\\d{2}")) {
                area = regency.strip();
            } else {
                notices.add("search.notice.unknownRegency");
            }
        }
        String materialFilter = present(material) ? Materials.normalise(material) : null;
        if (materialFilter != null && materialFilter.isEmpty()) {
            materialFilter = null;
        }
        Long min = price(minPrice, notices);
        Long max = price(maxPrice, notices);
        if (min != null && max != null && min > max) {
            notices.add("search.notice.pricesSwapped");
            Long swap = min;
            min = max;
            max = swap;
        }
        Boolean stock = null;
        if (present(inStock)) {
            if ("true".equalsIgnoreCase(inStock.strip())) {
                stock = Boolean.TRUE;
            } else if (!"false".equalsIgnoreCase(inStock.strip())) {
                notices.add("search.notice.badInStock");
            }
        }
        Boolean curatedOnly = null;
        if (present(curated)) {
            if ("true".equalsIgnoreCase(curated.strip())) {
                curatedOnly = Boolean.TRUE;
            } else if (!"false".equalsIgnoreCase(curated.strip())) {
                notices.add("search.notice.badCurated");
            }
        }
        SearchSort order = SearchSort.parse(sort);
        if (order == null) {
            notices.add("search.notice.unknownSort");
            order = SearchSort.RELEVANCE;
        }
        int pageNumber = number(page, 0, PAGE_MAX, 0, "search.notice.badPage", notices);
        int pageSize = number(size, 1, SIZE_MAX, SIZE_DEFAULT, "search.notice.badSize", notices);
        return new SearchCriteria(query, List.copyOf(words), craft, area, materialFilter, min, max, stock, order,
                pageNumber, pageSize, List.copyOf(notices), curatedOnly);
    }

    public static SearchCriteria everything() {
        return parse(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean hasFilters() {
        return category != null || regency != null || material != null || minPrice != null || maxPrice != null
                || inStock != null || curated != null;
    }

    /** How many filters are in force, for the "Filter (n)" button; the order of results is not a filter. */
    public int filterCount() {
        return (int) java.util.stream.Stream.of(category, regency, material, minPrice, maxPrice, inStock, curated)
                .filter(java.util.Objects::nonNull).count();
    }

    private static Long price(String raw, List<String> notices) {
        if (!present(raw)) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.strip().replace(".", ""));
            if (value < 0) {
                notices.add("search.notice.negativePrice");
                return null;
            }
            return value;
        } catch (NumberFormatException notANumber) {
            notices.add("search.notice.badPrice");
            return null;
        }
    }

    private static int number(String raw, int min, int max, int fallback, String notice, List<String> notices) {
        if (!present(raw)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // told below
        }
        notices.add(notice);
        return fallback;
    }

    private static boolean present(String raw) {
        return raw != null && !raw.isBlank();
    }
}
