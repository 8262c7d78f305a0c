package id.kriya.catalog.search;

import java.util.EnumSet;

import id.kriya.catalog.ProductStatus;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the whole product index from the database (Hibernate Search's MassIndexer): on an admin's command,
 * and at start-up when the index is empty (a new folder, or one that was deleted) while the database is not, or
 * was written before the cards' covers were indexed.
 * Saved products reach the index by themselves; this is for everything else.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * Drops the index and indexes every public product again, then merges it into one segment (each search's facet
     * counts pay per segment: at 100,000 products the mass indexer leaves about twenty); returns how many products
     * are in it afterwards.
     */
    public long rebuild() throws InterruptedException {
        mapping().scope(Object.class, ProductSearchMapping.ENTITY).massIndexer()
                .threadsToLoadObjects(1).batchSizeToLoadObjects(100).mergeSegmentsOnFinish(true).startAndWait();
        return documents();
    }

    /** The number of products in the index. */
    public long documents() {
        try (var em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            return session.search(session.scope(Object.class, ProductSearchMapping.ENTITY))
                    .where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /**
     * True when some product in the index has no cover, no curated flag or no review count: every public product has
     * a photo and the flag and count are always written, so such an index was written before covers (or the curators'
     * mark, or ratings) were indexed and its cards would show placeholders, or its curated facet would miss products,
     * or its cards no rating, until it is rebuilt.
     */
    public boolean isOutdated() {
        try (var em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            return session.search(session.scope(Object.class, ProductSearchMapping.ENTITY))
                    .where(f -> f.or(f.not(f.exists().field(SearchFields.COVER)),
                            f.not(f.exists().field(SearchFields.CURATED)),
                            f.not(f.exists().field(SearchFields.REVIEWS)))).fetchTotalHitCount() > 0;
        }
    }

    /** How many products the index should hold: the public ones in the database. */
    long publicProducts() {
        try (var em = entityManagerFactory.createEntityManager()) {
            return em.createQuery("select count(p) from " + ProductSearchMapping.ENTITY
                    + " p where p.status in :statuses", Long.class)
                    .setParameter("statuses", EnumSet.of(ProductStatus.PUBLISHED, ProductStatus.SOLD_OUT))
                    .getSingleResult();
        }
    }

    /**
     * At start-up, an index that is empty, from an older Kriya (no covers) or incomplete (a rebuild cut short by a
     * stop, say) is rebuilt from the database in the background; search answers from what it has meanwhile.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenEmptyOrOutdated() {
        String why;
        long documents = documents();
        long expected = publicProducts();
        if (documents == 0 && expected > 0) {
            why = "was empty";
        } else if (documents != expected) {
            why = "held " + documents + " of " + expected + " public products";
        } else if (isOutdated()) {
            why = "had products without a cover";
        } else {
            return;
        }
        log.info("Search index {}; rebuilding it from the database in the background", why);
        mapping().scope(Object.class, ProductSearchMapping.ENTITY).massIndexer().threadsToLoadObjects(1)
                .mergeSegmentsOnFinish(true).start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.error("Rebuilding the search index, which {}, failed", why, failure);
                    } else {
                        log.info("Search index {}; rebuilt it with {} products", why, documents());
                    }
                });
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
