package id.kriya.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kriya.council.CouncilManagement;
import id.kriya.media.PhotoId;
import id.kriya.shared.Rupiah;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds public products in the search index. The query is built with the DSL from plain words (never a query
 * parser): every word must match somewhere — title, stories, materials, technique, category, maker, village or
 * regency name — and when that finds nothing, typing mistakes in title, materials and technique are forgiven. Hits are read from the
 * index alone (no database round trip per hit).
 */
@Service
@Transactional(readOnly = true)
public class ProductSearch {

    static final long[] PRICE_BOUNDS = {250_000, 1_000_000, 5_000_000};
    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> REGENCIES = AggregationKey.of("regencies");
    private static final AggregationKey<Map<String, Long>> MATERIALS = AggregationKey.of("materials");
    private static final AggregationKey<Map<Range<Long>, Long>> PRICES = AggregationKey.of("prices");
    private static final AggregationKey<Map<Boolean, Long>> STOCK = AggregationKey.of("stock");
    private static final AggregationKey<Map<Boolean, Long>> CURATED = AggregationKey.of("curated");

    @PersistenceContext
    private EntityManager entityManager;

    private final CouncilManagement councils;

    ProductSearch(CouncilManagement councils) {
        this.councils = councils;
    }

    public SearchResults search(SearchCriteria criteria) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(Object.class, ProductSearchMapping.ENTITY);
        Map<String, String> areaNames = councils.areaNames();
        SearchPredicateFactory f = scope.predicate();
        List<Range<Long>> ranges = priceRanges();
        SearchResult<SearchResults.Hit> result = fetch(session, scope, predicate(f, criteria, areaNames, false),
                criteria, areaNames, ranges);
        if (result.total().hitCount() == 0 && criteria.words().stream().anyMatch(word -> edits(word) > 0)) {
            result = fetch(session, scope, predicate(f, criteria, areaNames, true), criteria, areaNames, ranges);
        }
        return results(session, scope, criteria, result, areaNames, ranges);
    }

    private static SearchResult<SearchResults.Hit> fetch(SearchSession session, SearchScope<Object> scope,
                                                         SearchPredicate where, SearchCriteria criteria,
                                                         Map<String, String> areaNames, List<Range<Long>> ranges) {
        return session.search(scope)
                .select(p -> p.composite().from(
                        p.field(SearchFields.SLUG, String.class), p.field(SearchFields.TITLE, String.class),
                        p.field(SearchFields.PRICE, Long.class), p.field(SearchFields.MAKER, String.class),
                        p.field(SearchFields.VILLAGE, String.class), p.field(SearchFields.REGENCY, String.class),
                        p.field(SearchFields.CATEGORY, String.class, ValueModel.INDEX), p.field(SearchFields.IN_STOCK, Boolean.class, ValueModel.INDEX),
                        p.field(SearchFields.COVER, String.class), p.field(SearchFields.CURATED, Boolean.class),
                        p.field(SearchFields.REVIEWS, Integer.class), p.field(SearchFields.AS_PICTURED, Double.class))
                        .asList(v -> new SearchResults.Hit((String) v.get(0), (String) v.get(1), Rupiah.of((Long) v.get(2)),
                                (String) v.get(3), (String) v.get(4), (String) v.get(5),
                                areaNames.getOrDefault((String) v.get(5), (String) v.get(5)), (String) v.get(6),
                                Boolean.TRUE.equals(v.get(7)), PhotoId.parse((String) v.get(8)).orElse(null),
                                Boolean.TRUE.equals(v.get(9)), v.get(10) == null ? 0 : (Integer) v.get(10),
                                (Double) v.get(11))))
                .where(where)
                .sort(s -> switch (criteria.sort()) {
                    case NEWEST -> s.field(SearchFields.CREATED).desc();
                    case PRICE_ASC -> s.field(SearchFields.PRICE).asc().then().score();
                    case PRICE_DESC -> s.field(SearchFields.PRICE).desc().then().score();
                    case RELEVANCE -> s.score().then().field(SearchFields.CREATED).desc();
                })
                .aggregation(CATEGORIES, a -> a.terms().field(SearchFields.CATEGORY, String.class, ValueModel.INDEX).maxTermCount(20))
                .aggregation(REGENCIES, a -> a.terms().field(SearchFields.REGENCY, String.class).maxTermCount(20))
                .aggregation(MATERIALS, a -> a.terms().field(SearchFields.MATERIAL, String.class).maxTermCount(15))
                .aggregation(PRICES, a -> a.range().field(SearchFields.PRICE, Long.class).ranges(ranges))
                .aggregation(STOCK, a -> a.terms().field(SearchFields.IN_STOCK, Boolean.class, ValueModel.INDEX))
                .aggregation(CURATED, a -> a.terms().field(SearchFields.CURATED, Boolean.class))
                .fetch(criteria.page() * criteria.size(), criteria.size());
    }

    private SearchResults results(SearchSession session, SearchScope<Object> scope, SearchCriteria criteria,
                                  SearchResult<SearchResults.Hit> result, Map<String, String> areaNames,
                                  List<Range<Long>> ranges) {
        long total = result.total().hitCount();
        SearchResults.Facets facets = new SearchResults.Facets(
                facets(result.aggregation(CATEGORIES), code -> code),
                facets(result.aggregation(REGENCIES), code -> areaNames.getOrDefault(code, code)),
                facets(result.aggregation(MATERIALS), material -> material),
                prices(result.aggregation(PRICES), ranges),
                result.aggregation(STOCK).getOrDefault(Boolean.TRUE, 0L),
                result.aggregation(CURATED).getOrDefault(Boolean.TRUE, 0L));
        List<String> popular = total == 0 ? popularCategories(session, scope) : List.of();
        String spelling = total == 0 ? spelling(session, scope, criteria.words()) : null;
        List<String> notices = new ArrayList<>(criteria.notices());
        if (criteria.regency() != null && !areaNames.containsKey(criteria.regency())) {
            notices.add("search.notice.unknownRegency");
        }
        return new SearchResults(criteria, result.hits(), total, facets, popular, List.copyOf(notices), spelling);
    }

    /**
     * Every word must match; with {@code forgiving}, a word also matches what is one or two letters away in title,
     * materials and technique. The forgiving query is the second try, run only when the exact one finds nothing:
     * building the typo automata is a good part of a search's work on a large catalog, and "perak" should not
     * bring up every "merak" motif while there are silver pieces to show.
     */
    private SearchPredicate predicate(SearchPredicateFactory f, SearchCriteria criteria, Map<String, String> areaNames,
                                      boolean forgiving) {
        var bool = f.bool().must(f.matchAll());
        for (String word : meaningful(criteria.words())) {
            int edits = forgiving ? edits(word) : 0;
            var either = f.bool()
                    .should(f.match().field(SearchFields.TITLE).boost(3f).field(SearchFields.MATERIALS_TEXT).boost(2f)
                            .field(SearchFields.TECHNIQUE_TEXT).boost(2f).field(SearchFields.CATEGORY_TEXT).boost(2f)
                            .field(SearchFields.STORY).field(SearchFields.MAKER).field(SearchFields.VILLAGE)
                            .matching(word, ValueModel.INDEX))
                    .should(f.match().field(SearchFields.STORY_EN).matching(word, ValueModel.INDEX));
            if (edits > 0) {
                either.should(f.match().field(SearchFields.TITLE).field(SearchFields.MATERIALS_TEXT)
                        .field(SearchFields.TECHNIQUE_TEXT).matching(word, ValueModel.INDEX).fuzzy(edits, 1).boost(0.5f));
            }
            List<String> regencies = regenciesNamed(word, areaNames);
            if (!regencies.isEmpty()) {
                either.should(f.terms().field(SearchFields.REGENCY).matchingAny(regencies));
            }
            bool.must(either);
        }
        if (criteria.category() != null) {
            bool.filter(f.match().field(SearchFields.CATEGORY).matching(criteria.category().name(), ValueModel.INDEX));
        }
        if (criteria.regency() != null) {
            bool.filter(f.match().field(SearchFields.REGENCY).matching(criteria.regency()));
        }
        if (criteria.material() != null) {
            bool.filter(f.match().field(SearchFields.MATERIAL).matching(criteria.material()));
        }
        if (criteria.minPrice() != null || criteria.maxPrice() != null) {
            bool.filter(f.range().field(SearchFields.PRICE).between(criteria.minPrice(), criteria.maxPrice()));
        }
        if (Boolean.TRUE.equals(criteria.inStock())) {
            bool.filter(f.match().field(SearchFields.IN_STOCK).matching(true, ValueModel.INDEX));
        }
        if (Boolean.TRUE.equals(criteria.curated())) {
            bool.filter(f.match().field(SearchFields.CURATED).matching(true));
        }
        return bool.toPredicate();
    }

    /**
     * The words that can match something: "and", "of", "dan" or "yang" alone match nothing (the analysers drop them),
     * so "silver and gold" or "kain dan selendang" would find nothing if every word had to match. Kept when the query
     * is nothing but such words.
     */
    static List<String> meaningful(List<String> words) {
        List<String> kept = words.stream().filter(word -> !STOP_WORDS.contains(word)).toList();
        return kept.isEmpty() ? words : kept;
    }

    private static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(IndonesianAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(words);
    }

    /** How many typing mistakes a word may have: none up to four letters, one up to seven, two beyond. */
    private static int edits(String word) {
        return word.length() <= 4 ? 0 : word.length() <= 7 ? 1 : 2;
    }

    private static List<String> regenciesNamed(String word, Map<String, String> areaNames) {
        List<String> codes = new ArrayList<>();
        areaNames.forEach((code, name) -> {
            if (word.length() >= 4 && name.toLowerCase(Locale.ROOT).contains(word)) {
                codes.add(code);
            }
        });
        return codes;
    }

    /**
     * For a search that found nothing: the words as titles in the index spell them, found with a looser typo
     * tolerance (two edits) than the search itself; null when that finds nothing or changes nothing.
     */
    private static String spelling(SearchSession session, SearchScope<Object> scope, List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> titles = session.search(scope).select(p -> p.field(SearchFields.TITLE, String.class))
                .where(f -> f.bool(b -> words.forEach(word -> b.should(f.match().field(SearchFields.TITLE)
                        .matching(word, ValueModel.INDEX).fuzzy(2, 0)))))
                .fetchHits(5);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            String best = word;
            int bestDistance = 3;
            for (String title : titles) {
                for (String candidate : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    int distance = distance(word, candidate);
                    if (distance > 0 && distance < bestDistance) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
            changed |= !best.equals(word);
            corrected.add(best);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /** Levenshtein distance, stopping early past 2. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private List<String> popularCategories(SearchSession session, SearchScope<Object> scope) {
        Map<String, Long> counts = session.search(scope).where(f -> f.matchAll())
                .aggregation(CATEGORIES, a -> a.terms().field(SearchFields.CATEGORY, String.class, ValueModel.INDEX).maxTermCount(5))
                .fetch(0).aggregation(CATEGORIES);
        List<String> names = new ArrayList<>();
        counts.keySet().forEach(names::add);
        return names;
    }

    private static List<SearchResults.Facet> facets(Map<String, Long> counts, java.util.function.Function<String, String> label) {
        List<SearchResults.Facet> facets = new ArrayList<>();
        counts.forEach((value, count) -> facets.add(new SearchResults.Facet(value, label.apply(value), count)));
        return facets;
    }

    private static List<Range<Long>> priceRanges() {
        List<Range<Long>> ranges = new ArrayList<>();
        ranges.add(Range.canonical(0L, PRICE_BOUNDS[0]));
        for (int i = 1; i < PRICE_BOUNDS.length; i++) {
            ranges.add(Range.canonical(PRICE_BOUNDS[i - 1], PRICE_BOUNDS[i]));
        }
        ranges.add(Range.canonical(PRICE_BOUNDS[PRICE_BOUNDS.length - 1], null));
        return ranges;
    }

    private static List<SearchResults.PriceFacet> prices(Map<Range<Long>, Long> counts, List<Range<Long>> ranges) {
        List<SearchResults.PriceFacet> prices = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            Range<Long> range = ranges.get(i);
            long count = counts.getOrDefault(range, 0L);
            Long max = range.upperBoundValue().map(upper -> upper - 1).orElse(null);
            prices.add(new SearchResults.PriceFacet(range.lowerBoundValue().orElse(0L), max, "search.price." + i, count));
        }
        return prices;
    }

}
