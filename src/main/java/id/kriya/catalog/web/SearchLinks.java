package id.kriya.catalog.web;

import id.kriya.catalog.search.SearchCriteria;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the search page for the current criteria with one thing changed: facet links, pages. */
public final class SearchLinks {

    private final SearchCriteria criteria;

    SearchLinks(SearchCriteria criteria) {
        this.criteria = criteria;
    }

    /** The current search with one parameter set (or removed when value is null), back on the first page. */
    public String with(String param, Object value) {
        return build(param, value == null ? null : String.valueOf(value));
    }

    /** The current search with a price range. */
    public String price(Long min, Long max) {
        UriComponentsBuilder url = base("minPrice", "maxPrice");
        url.queryParam("minPrice", min);
        if (max != null) {
            url.queryParam("maxPrice", max);
        }
        return url.encode().build().toUriString();
    }

    public String page(int page) {
        return build("page", String.valueOf(page));
    }

    /** Everything but the words: what an empty result suggests first. */
    public String withoutFilters() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
        if (!criteria.query().isEmpty()) {
            url.queryParam("q", criteria.query());
        }
        return url.encode().build().toUriString();
    }

    private String build(String param, String value) {
        UriComponentsBuilder url = base(param, "page".equals(param) ? null : "page");
        if (value != null) {
            url.queryParam(param, value);
        }
        return url.encode().build().toUriString();
    }

    private UriComponentsBuilder base(String skip, String skipToo) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
        add(url, "q", criteria.query().isEmpty() ? null : criteria.query(), skip, skipToo);
        add(url, "category", criteria.category(), skip, skipToo);
        add(url, "regency", criteria.regency(), skip, skipToo);
        add(url, "material", criteria.material(), skip, skipToo);
        add(url, "minPrice", criteria.minPrice(), skip, skipToo);
        add(url, "maxPrice", criteria.maxPrice(), skip, skipToo);
        add(url, "inStock", criteria.inStock(), skip, skipToo);
        add(url, "curated", criteria.curated(), skip, skipToo);
        add(url, "sort", criteria.sort() == id.kriya.catalog.search.SearchSort.RELEVANCE ? null : criteria.sort().param(),
                skip, skipToo);
        add(url, "page", criteria.page() == 0 ? null : criteria.page(), skip, skipToo);
        return url;
    }

    private static void add(UriComponentsBuilder url, String name, Object value, String skip, String skipToo) {
        if (value != null && !name.equals(skip) && !name.equals(skipToo)) {
            url.queryParam(name, value);
        }
    }
}
