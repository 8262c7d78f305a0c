package id.kriya.catalog.showcase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.kriya.catalog.search.ProductSearch;
import id.kriya.catalog.search.SearchCriteria;
import id.kriya.catalog.search.SearchResults;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public products as tiles with their covers: the newest and the curated for the home page, and any page of search
 * results. Read from the search index, then the covers of the whole page in one query.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ProductShowcase {

    private final ProductSearch search;
    private final MediaLibrary media;

    ProductShowcase(ProductSearch search, MediaLibrary media) {
        this.search = search;
        this.media = media;
    }

    /** The most recently published products, newest first. */
    public List<ProductCard> newest(int count) {
        return cards(search.search(SearchCriteria.parse(null, null, null, null, null, null, null, "newest", null,
                String.valueOf(count))));
    }

    /** Products carrying the curators' mark, newest first. */
    public List<ProductCard> curated(int count) {
        return cards(search.search(SearchCriteria.parse(null, null, null, null, null, null, null, "newest", null,
                String.valueOf(count), "true")));
    }

    /** The hits of a page of results as tiles, in their order. */
    public List<ProductCard> cards(SearchResults results) {
        Map<PhotoId, Photo> covers = media.findAll(results.hits().stream()
                .map(SearchResults.Hit::cover).filter(Objects::nonNull).toList());
        return results.hits().stream()
                .map(hit -> new ProductCard(hit.slug(), hit.title(), hit.price(), hit.maker(), hit.village(),
                        hit.regencyName(), hit.inStock(), hit.curated(),
                        hit.cover() == null ? null : covers.get(hit.cover()), hit.reviews(),
                        hit.asPictured() == null ? null
                                : BigDecimal.valueOf(hit.asPictured()).setScale(1, RoundingMode.HALF_UP)))
                .toList();
    }
}
