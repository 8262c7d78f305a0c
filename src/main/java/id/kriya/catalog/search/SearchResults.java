package id.kriya.catalog.search;

import java.util.List;

import id.kriya.media.PhotoId;
import id.kriya.media.PhotoSize;
import id.kriya.shared.Rupiah;

/** One page of hits with the facet counts of everything that matched, and notices (message keys) about the request. */
public record SearchResults(SearchCriteria criteria, List<Hit> hits, long total, Facets facets, List<String> popularCategories,
                            List<String> notices, String spelling) {

    /**
     * A product as a card; {@code cover} is its first photo, null for one indexed before covers were; {@code reviews}
     * how many verified reviews count, and {@code asPictured} their average "as pictured" score (null without any).
     */
    public record Hit(String slug, String title, Rupiah price, String maker, String village, String regency,
                      String regencyName, String category, boolean inStock, PhotoId cover, boolean curated,
                      int reviews, Double asPictured) {

        /** The cover's card rendition, or null when there is none to show. */
        public String coverUrl() {
            return cover == null ? null : cover.url(PhotoSize.CARD);
        }
    }

    public record Facet(String value, String label, long count) {
    }

    /** A price range; {@code max} is null for the open top bucket; {@code key} names it in the bundle. */
    public record PriceFacet(long min, Long max, String key, long count) {
    }

    /** {@code curated}: how many of the matches carry the curators' mark. */
    public record Facets(List<Facet> categories, List<Facet> regencies, List<Facet> materials, List<PriceFacet> prices,
                         long inStock, long curated) {
    }

    public int totalPages() {
        return (int) Math.min(SearchCriteria.PAGE_MAX + 1, (total + criteria.size() - 1) / criteria.size());
    }

    public boolean hasPrevious() {
        return criteria.page() > 0;
    }

    public boolean hasNext() {
        return criteria.page() + 1 < totalPages();
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
